// The catalog's Korean for experiments, id for id with experimentsEn.ts and the same named parameters.
import type { ExperimentsMessageId } from './experimentsEn';

export const EXPERIMENTS_KO: Record<ExperimentsMessageId, string> = {
  'changes.edited': '편집됨',
  'changes.compareEdited': 'compare 편집됨',
  'changes.empty': '빈 값',
  'changes.more': '{labels} 외 {n}개',
  'runs.first': '첫 실행',
  'runs.noChange': '변경 없음',
  'runs.file': '파일',
  'runs.fileChanged': '파일: {changes}',
  'runs.newerStarted': '새 실행이 시작되어 멈췄습니다.',
  'compareKey.learningRate': '학습률',
  'compareKey.init': '가중치 초기화',
  'compareKey.activation': '층 {layer}의 활성화 함수',
  'compareKey.units': '층 {layer}의 유닛 수',
  'compareKey.l2': 'L2 정규화 λ',
  'addCompare.yamlErrors': '먼저 이 파일의 YAML 오류를 고치세요: 변형은 nnspec이 읽을 수 있는 파일에만 추가됩니다.',
  'addCompare.noValue': '{key}에 비교할 값을 하나 이상 적으세요.',
  'addCompare.tooMany':
    '한 파일은 변형을 최대 {max}개까지 학습합니다: 이미 {has}개가 있는데 {added}개를 더 추가하게 됩니다.',
  'addCompare.notYaml': "'{value}'은(는) nnspec이 읽을 수 있는 값이 아닙니다: 올바른 YAML이 아닙니다.",
  'addCompare.notWhere': 'compare:가 nnspec이 예상한 자리에 없습니다. 변형을 직접 추가하세요.',
  'addCompare.notList': '변형을 추가하려면 compare가 목록이어야 합니다.',
  'addCompare.wouldChange':
    'nnspec은 이 compare: 목록의 내용을 바꾸지 않고는 변형을 추가할 수 없습니다. 직접 추가하세요.',
};
