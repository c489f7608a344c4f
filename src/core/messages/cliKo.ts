// The catalog's Korean for the command line's own text, id for id with cliEn.ts.
import type { CliMessageId } from './cliEn';

export const CLI_KO: Record<CliMessageId, string> = {
  'cli.usage': '사용법:',
  'cli.setHelp':
    '모든 명령은 --set PATH=VALUE(여러 번 가능)를 받습니다: 파일의 키 하나를 파일에 그렇게 적힌 것처럼\n' +
    '먼저 바꿉니다. 예: --set training.learning_rate=0.5 --set network.layers.1.activation=relu.',
  'cli.langHelp': '--lang ko|en 으로 이 메시지의 언어를 고릅니다(기본값: 로캘, LANG 또는 LC_ALL).',
  'cli.usage.check': '진단(오류가 있으면 종료 코드 1)',
  'cli.usage.shapes': '층마다 모든 행렬의 형태',
  'cli.usage.explain': '스텝 T의 숫자 하나가 어디서 나오는지',
  'cli.usage.export': '실행을 재현하는 Python 스크립트(-o가 없으면 표준 출력)',
  'cli.usage.diff': '내 구현과 nnspec 비교: 처음으로 다른 숫자',
  'cli.usage.diffHelper': 'TRACE.json을 기록하는 numpy 도우미를 출력',

  'cli.missingCommand': '명령이 없습니다.',
  'cli.unknownCommand': "알 수 없는 명령 '{name}'.",
  'cli.foreignOption': '--{option} 옵션은 {command} 명령에 씁니다.',
  'cli.badLang': "--lang 은 ko 또는 en 이어야 합니다('{lang}'이(가) 아님).",
  'cli.internalError': '내부 오류({what}). 문제를 일으킨 스펙과 함께 알려 주세요.',
  'cli.missingFile': "'{command}'에 FILE이 없습니다.",
  'cli.unexpectedArgument': "예상하지 못한 인수 '{arg}'.",
  'cli.unknownOption':
    "알 수 없는 옵션 '{option}'. '-'로 시작하는 인수를 주려면 명령 끝의 '--' 뒤에 두세요. 예: -- \"{option}\"",
  'cli.optionMissing': "옵션 '{option}'에 값이 없습니다: {option} <값>처럼 쓰세요.",
  'cli.optionTakesNone': "옵션 '{option}'은(는) 값을 받지 않습니다.",
  'cli.optionAmbiguous':
    "옵션 '{option}'의 값이 '-'로 시작해 모호합니다.\n값을 빠뜨리지 않았나요?\n" +
    "'-'로 시작하는 값이라면 '{option}=-XYZ'처럼 쓰세요.",
  'cli.wholeNumber': "--{option}은(는) {range}인 정수여야 합니다('{value}'이(가) 아님).",
  'cli.atLeast': '{min} 이상',
  'cli.fromTo': '{min}부터 {max}까지',

  'cli.cannotRead': '{file}을(를) 읽을 수 없습니다: {why}.',
  'cli.notAFile': '{file}을(를) 읽을 수 없습니다: 파일이 아니라 {kind}입니다.',
  'cli.noSuchFile': '그런 파일이 없습니다',
  'cli.tooLarge': '크기가 {size}인데 {what}은(는) 최대 {max}입니다',
  'cli.specFiles': '스펙 파일',
  'cli.traceFiles': '트레이스 파일',

  'cli.error': '오류',
  'cli.warning': '경고',
  'cli.info': '정보',
  'cli.noProblems': '{file}: 문제가 없습니다.',
  'cli.counts': '오류 {errors}개, 경고 {warnings}개',
  'cli.notDone': '{file}: {what}: {counts}.',
  'cli.notTrained': '학습하지 않음',
  'cli.notExplained': '설명하지 않음',
  'cli.notExported': '내보내지 않음',
  'cli.nothingCompared': '비교하지 않음',

  'cli.thisFile': '이 파일',
  'cli.compare': '비교',
  'cli.compareSeed': '비교 (모든 실행이 seed {seed}에서 시작)',
  'cli.run': '실행',
  'cli.finalCost': '최종 J',
  'cli.accuracy': '정확도',
  'cli.testCost': '테스트 J',
  'cli.testAccuracy': '테스트 정확도',
  'cli.divergedAt': '스텝 {step}에서 발산',
  'cli.stepsBudget':
    '--steps {steps}은(는) 숫자 {printed}개(JSON으로 약 {bytes}), 스텝마다 {perStep}개를 출력하게 됩니다. ' +
    '--steps는 숫자를 최대 {max}개까지 출력합니다: {advice}.',
  'cli.stepsAtMost': '--steps {most} 이하를 쓰세요',
  'cli.oneStepTooMany': '이 네트워크는 스텝 하나만으로도 이미 그보다 많습니다',

  'cli.missingEntry':
    "--entry NAME이 없습니다. 예: --entry 'dW[1][2,1]' (W, b, W+, b+, Z, A, dA, dZ, dW, db에 [층][행,열], " +
    'X[행,열], Y[행,열] 또는 J).',
  'cli.missingStep': '--step T가 없습니다: 설명할 숫자가 있는 스텝(0부터 셈)을 적으세요.',
  'cli.none': '없음',
  'cli.pastEnd': '--step {step}은(는) 실행의 끝을 넘습니다: {file}은(는) 스텝 {total}개를 학습합니다(번호 {range}).',
  'cli.stoppedBefore': '그 전에 실행이 멈췄습니다',
  'cli.neverRun': '{file}: 스텝 {step}은(는) 실행되지 않았습니다: {why}',

  'cli.exportNeedsTo': 'export에는 --to numpy 또는 --to pytorch가 필요합니다.',
  'cli.exportBadTo': "--to는 numpy 또는 pytorch여야 합니다('{value}'이(가) 아님).{guess}",
  'cli.didYouMean': " '{guess}'을(를) 뜻했나요?",
  'cli.noFolder': '{path}에 쓸 수 없습니다: {folder} 폴더가 없습니다.',
  'cli.exists': '{path}이(가) 이미 있어 덮어쓰지 않았습니다: 바꾸려면 --force를 붙이세요.',
  'cli.cannotWrite': '{path}에 쓸 수 없습니다: {why}.',
  'cli.exportProblem': '{file}: 내보내지 않음: {problem}',
  'export.tooManySamples':
    '내보내기는 생성된 점을 스크립트 안에 적는데, 샘플 {samples}개는 {max}개보다 많습니다: ' +
    'data.generate.samples를 줄이거나 점을 CSV 파일(data.csv)에 넣으세요.',
  'cli.wrote': '{path}을(를) 썼습니다. 실행: python3 {path} (--json을 붙이면 nnspec train --json과 같은 형식)',

  'cli.helperTakesNoFile': '--helper는 트레이스 도우미를 출력하며 FILE을 받지 않습니다.',
  'cli.helperTakesNoSet':
    '--helper는 어떤 spec에나 같은 트레이스 도우미를 출력하므로 --set으로 바꿀 것이 없습니다: ' +
    '--set은 nnspec diff FILE TRACE.json에 주세요.',
  'cli.missingTrace': "'diff'에 TRACE.json이 없습니다: 직접 구현한 코드의 트레이스를 주세요.",
};
