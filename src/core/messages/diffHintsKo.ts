// The catalog's Korean for a trace's hints, formula words and divergence note, id for id with diffHintsEn.ts.
import type { DiffHintsMessageId } from './diffHintsEn';

export const DIFF_HINTS_KO: Record<DiffHintsMessageId, string> = {
  'diff.hint.missingM': '내 값의 모든 원소가 nnspec 값의 m = {m}배입니다: 1/m이 빠졌습니다.',
  'diff.hint.mTwice': '내 값의 모든 원소가 nnspec 값을 m = {m}(으)로 나눈 값입니다: 1/m을 두 번 적용하지 않았나요?',
  'diff.hint.sign': '내 값은 모든 원소의 부호가 반대입니다: {name} 공식의 부호를 확인하세요.',
  'diff.hint.ratio': '내 값의 모든 원소가 nnspec 값의 {ratio}배입니다.',
  'diff.hint.transposed':
    '내 값은 nnspec의 {name}을(를) 전치한 것입니다: 곱하는 순서와 예제가 어느 축에 놓이는지 확인하세요.',
  'diff.hint.start':
    '스텝 0에서 {name}은(는) X와 초기 W[1], b[1]에만 달려 있습니다: 스펙의 데이터, 초기 파라미터, 배치 그대로 ' +
    '학습하세요(nnspec export FILE --to numpy가 이것들을 써 줍니다).',
  'diff.formula.recorded': '{formula} (기록용; 역전파가 쓰는 것은 dZ[{L}] = A[{L}] - Y)',
  'diff.formula.adam': '{p} := {p} - α v̂ / (sqrt(ŝ) + ε) (Adam, 편향 보정)',
  'diff.formula.update': '{steps}스텝 후의 {name}, 스텝마다 {update}',
  'diff.formula.finalCost': '{cost}, {steps}스텝 후의 파라미터로 학습 예제 m = {m}개 전체에 대해',
  'diff.note.diverged': 'nnspec의 실행이 스텝 {step}에서 발산했습니다. 트레이스의 이후 스텝은 비교하지 않았습니다.',
  'diff.note.divergedWithFinal':
    'nnspec의 실행이 스텝 {step}에서 발산했습니다. 트레이스의 이후 스텝과 최종 파라미터는 비교하지 않았습니다.',
};
