// The catalog's Korean for data files, id for id with dataEn.ts and the same named parameters.
import type { DataMessageId } from './dataEn';

export const DATA_KO: Record<DataMessageId, string> = {
  'csv.columnsMore': '{columns} 외 {n}개',
  'csv.indexRange':
    "열 인덱스 {ref}이(가) 범위를 벗어났습니다: '{file}'의 열은 {n}개이고 번호는 0부터 {last}까지입니다.",
  'csv.unknownColumn': "'{file}'에 '{ref}'라는 열이 없습니다. 있는 열: {columns}.",
  'csv.unknownDidYouMean': "'{file}'에 '{ref}'라는 열이 없습니다. '{guess}'을(를) 뜻했나요?",
  'csv.cellEmpty': '비어 있습니다',
  'csv.cellNotNumber': "'{cell}'은(는) 숫자가 아닙니다",
  'csv.moreRows': ' (그 밖에 {n}개 행도)',
  'csv.notNumber': "'{file}' {line}번째 줄, 열 '{column}': {what}{more}.{hint}",
  'csv.classHint': ' 클래스 열인가요? one_hot: true로 두면 클래스마다 출력 하나로 바꿉니다.',
  'csv.tooManyClasses':
    "one_hot은 클래스마다 출력을 하나씩 만드는데, 열 '{column}'에는 서로 다른 값이 {classes}개 있습니다. " +
    'nnspec은 클래스를 {max}개까지 다룹니다. 정말 클래스 열인가요?',
  'csv.tooLarge':
    "X ({features}, {m})와 열 '{column}'에서 만든 원-핫 Y ({classes}, {m})는 숫자 {numbers}개를 담게 됩니다. " +
    'nnspec은 데이터를 숫자 {max}개(80 MB)까지 담습니다. 행이나 클래스를 줄이세요.',
  'csv.emptyClass': "'{file}' {line}번째 줄, 열 '{column}'이(가) 비어 있습니다: 모든 예제에는 클래스가 있어야 합니다.",
  'csv.manyClasses':
    "one_hot은 서로 다른 값마다 출력을 하나씩 만드는데, 열 '{column}'에는 서로 다른 숫자가 {n}개 있습니다. " +
    '정말 클래스 열인가요? 숫자 타깃이라면 one_hot을 지우세요.',
  'csv.oneClass': "열 '{column}'에는 클래스가 하나뿐입니다('{value}'): 구별할 것이 없습니다.",
  'csv.targetIsFeature': "열 '{column}'이(가) 특성이면서 타깃입니다: 네트워크가 그 값을 그대로 베끼면 됩니다.",
  'csv.syntax': "'{file}'을(를) CSV로 읽을 수 없습니다: {why}.",
  'csv.empty': "'{file}'이(가) 비어 있습니다: 첫 행에 열 이름을 적고, 그다음부터 한 행에 예제 하나씩 적어야 합니다.",
  'csv.noExamples': "'{file}'에 열 이름 행은 있지만 예제가 없습니다.",
  'csv.tooManyExamples':
    "'{file}'에는 예제(행)가 {n}개 있습니다. nnspec은 {max}개까지 학습합니다. 행 일부만 뽑아 쓰세요.",
  'csv.noFeatures': 'features에 열이 없습니다: 입력 열을 하나 이상 적으세요.',
  'csv.noTarget': 'target에 열이 없습니다: 네트워크가 예측할 열을 적으세요.',
  'csv.oneHotColumns': 'one_hot은 클래스 열 하나를 출력들로 바꾸는데, target에는 열이 {n}개 있습니다.',

  'file.path': "data.csv.path '{file}'",
  'file.missing': '{path}을(를) 읽을 수 없습니다: 스펙 옆에 그런 파일이 없습니다(찾아본 곳: {dir}).',
  'file.specFolder': '스펙 폴더',
  'file.workspaceFolder': '작업 영역 폴더',
  'file.outside':
    '{path}은(는) {whose}({root}) 밖을 가리킵니다: 스펙이 이 컴퓨터의 다른 파일을 읽지 못하도록 nnspec은 ' +
    '그 안의 데이터 파일만 읽습니다. 파일을 {whose}로 복사하세요.',
  'file.notAFile': '{path}은(는) 파일이 아니라 {kind}입니다: .csv 파일을 가리키게 하세요.',
  'file.largerThanThat': '그보다 큽니다',
  'file.bytes': '{n}바이트입니다',
  'file.tooLarge':
    '{path}은(는) {what}: nnspec은 {max}({n}바이트, 예제 약 100,000개)까지의 CSV 파일을 읽습니다. ' +
    '행 일부만 뽑아 쓰세요.',
  'file.unreadable': '{path}을(를) 읽을 수 없습니다: {why}.',
  'file.errorCode': '오류 {code}',
  'file.couldNotRead': '읽지 못했습니다',
  'errno.noEntry': '그런 파일이나 폴더가 없습니다',
  'errno.denied': '권한이 없습니다',
  'errno.loop': '심볼릭 링크가 너무 많습니다',
  'errno.longName': '경로가 너무 깁니다',
  'errno.notDir': '경로의 일부가 폴더가 아닙니다',
  'errno.tooManyOpen': '열린 파일이 너무 많습니다',
  'errno.io': '디스크가 오류를 알렸습니다',
  'errno.changed': '읽는 동안 파일이 커졌습니다. 다시 해 보세요',
  'kind.folder': '폴더',
  'kind.fifo': '이름 있는 파이프(FIFO)',
  'kind.socket': '소켓',
  'kind.device': '장치',
  'kind.other': '일반 파일이 아닌 것',
  'kind.symlink': '심볼릭 링크',
};
