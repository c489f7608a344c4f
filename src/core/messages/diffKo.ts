// The catalog's Korean for a trace compared with nnspec's run, id for id with diffEn.ts.
import type { DiffMessageId } from './diffEn';

export const DIFF_KO: Record<DiffMessageId, string> = {
  'diff.steps': '스텝 {n}개',
  'diff.matrices': '행렬 {n}개(숫자 {entries}개)',
  'diff.matricesOf': '{steps}의 행렬 {n}개(숫자 {entries}개)',
  'diff.costs': '비용 {n}개',
  'diff.parameters': '최종 파라미터 {n}개',
  'diff.nothing': '비교한 것 없음',
  'diff.afterTraining': '학습 후',
  'diff.step': '스텝 {step}',
  'diff.entryAt': '{entry} ({row}행, {column}열)',
  'diff.first': '첫 차이: {where}, {entry}',
  'diff.yours': '  내 값   {value}',
  'diff.nnspec': '  nnspec  {value}   (상대 차이 {relative})',
  'diff.where': '  {trace}의 {at}에 있습니다. 그 전에 비교한 것은 모두 일치합니다: {compared}.',
  'diff.agrees': '{trace}은(는) nnspec과 일치합니다(상대 차이 최대 {tolerance}): {compared}.',
  'diff.invalid': '{trace}을(를) 비교할 수 없습니다:',
  'diff.invalidOne': '{trace}을(를) 비교할 수 없습니다: {problem}',
  'diff.invalidMore': '{trace}을(를) 비교할 수 없습니다: {problem} (문제 {n}개 더)',
  'diff.theCost': '비용 {matrix}',
  'diff.entryOf': '{matrix}의 원소 {entry} ({row}행, {column}열)',
  'diff.summary': '트레이스가 {where}, {what}에서 처음 달라집니다: 내 값 {yours}, nnspec {nnspec}. {formula}',
};
