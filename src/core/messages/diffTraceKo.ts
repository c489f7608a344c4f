// The catalog's Korean for a trace file that cannot be compared, id for id with diffTraceEn.ts.
// JSON.parse's own explanation stays as the JavaScript engine writes it.
import type { DiffTraceMessageId } from './diffTraceEn';

export const DIFF_TRACE_KO: Record<DiffTraceMessageId, string> = {
  'diff.read.empty':
    '파일이 비어 있습니다: 트레이스가 JSON으로 들어 있어야 합니다(nnspec diff --helper가 트레이스를 쓰는 도우미를 출력합니다).',
  'diff.read.invalid': '올바른 JSON이 아닙니다. (JSON.parse: {detail})',
  'diff.read.invalidAt': '올바른 JSON이 아닙니다({place}, {near}). (JSON.parse: {detail})',
  'diff.read.lineColumn': '{line}번째 줄 {column}번째 글자',
  'diff.read.atText': '{text} 부분',
  'diff.read.atEnd': '텍스트가 너무 일찍 끝나는 곳',
  'diff.trace.more': '... 그 밖에 문제 {n}개.',
  'diff.trace.object': '객체',
  'diff.trace.string': '문자열 {text}',
  'diff.trace.theTrace': '트레이스',
  'diff.trace.notNumber': '{at}은(는) 숫자가 아니라 {what}입니다.',
  'diff.trace.notNumbers': '{at}은(는) 숫자가 아니라 {what}입니다(그 밖에 원소 {n}개 더).',
  'diff.trace.notMatrix': '{at}은(는) 행렬(비어 있지 않은 행의 리스트, 각 행은 숫자의 리스트)이 아니라 {what}입니다.',
  'diff.trace.ragged': '{at}: {row}행에는 숫자가 {n}개 있는데 1행에는 {first}개 있습니다.',
  'diff.trace.unknownKey': "{where}: 알 수 없는 키 '{key}'입니다. '{guess}'을(를) 쓰려던 건가요? 알려진 키: {known}.",
  'diff.trace.unknownKeyOnly': "{where}: 알 수 없는 키 '{key}'입니다. 알려진 키: {known}.",
  'diff.trace.notLayer': '{at}은(는) {kinds} 중 일부를 가진 객체가 아니라 {what}입니다.',
  'diff.trace.notStep': '{at}은(는) cost와 layers를 가진 객체가 아니라 {what}입니다.',
  'diff.trace.layersNotList': '{at}은(는) 리스트가 아니라 {what}입니다(layers[0]이 층 1입니다).',
  'diff.trace.tooManyLayers': '{at}에 항목이 {n}개 있는데 네트워크의 층은 {L}개입니다(layers[0]이 층 1입니다).',
  'diff.trace.tooManySteps': '{at}에 항목이 {n}개 있는데 스펙은 {total}스텝만 학습합니다.',
  'diff.trace.notParameters': 'parameters는 W1, b1, ...을 가진 객체가 아니라 {what}입니다.',
  'diff.trace.notList': '{at}은(는) 리스트가 아니라 {what}입니다.',
  'diff.trace.notTrace': '트레이스가 steps, costs, parameters를 가진 객체가 아니라 {what}입니다.',
  'diff.trace.nothing': '트레이스에 비교할 것이 없습니다: steps, costs, parameters, finalCost 중 하나를 주세요.',
  'diff.shape.wrong': '{at}은(는) ({given})인데, layout: {layout}에서 {what}은(는) ({want}) = {symbols}입니다.',
  'diff.shape.transposed':
    '{at}은(는) ({given})인데, layout: {layout}에서 {what}은(는) ({want}) = {symbols}입니다. ' +
    '전치되어 있습니다: 구현이 다른 layout을 쓰고 있지 않나요?',
  'diff.shape.atStep': '스텝 {step}의 {name}(배치의 m = {m})',
};
