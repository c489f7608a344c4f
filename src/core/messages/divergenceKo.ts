// The catalog's Korean for a run that diverged, id for id with divergenceEn.ts.
import type { DivergenceMessageId } from './divergenceEn';

export const DIVERGENCE_KO: Record<DivergenceMessageId, string> = {
  'diverge.head': '스텝 {step}에서 학습이 발산했습니다: {what}.',
  'diverge.initial':
    '{head} 업데이트 전, 초기 파라미터에서 일어난 일입니다: 데이터에 빠진 값이나 아주 큰 값이 없는지, ' +
    '출력층 활성화 함수가 손실 함수에 맞는지 확인하세요(binary_cross_entropy는 A[L]이 (0, 1) 안에, ' +
    'cross_entropy는 softmax 출력이 필요합니다).',
  'diverge.rate': '{head} 학습률(α = {lr})이 너무 큰 것 같습니다. {smaller} 이하로 줄여 보세요.',
  'diverge.cost': '비용이 {cost}이(가) 되었습니다',
  'diverge.gradient': '{name}이(가) NaN 또는 무한대가 되었습니다',
  'diverge.overflow': '업데이트 뒤 {name}이(가) 넘쳤습니다(overflow)',
  'diverge.aParameter': '어떤 파라미터',
};
