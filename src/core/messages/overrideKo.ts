// The catalog's Korean for overrides, id for id with overrideEn.ts and the same named parameters.
import type { OverrideMessageId } from './overrideEn';

export const OVERRIDE_KO: Record<OverrideMessageId, string> = {
  'set.argument': "--set은 PATH=VALUE 형식으로 적습니다(예: --set training.learning_rate=0.5). 받은 값: '{arg}'.",
  'set.problem': '--set {path}={text}: {problem}',
  'set.notYaml': 'VALUE가 올바른 YAML이 아닙니다({error}).',
  'set.nothing': '읽을 내용이 없습니다',
  'path.notPath': "'{path}'은(는) PATH가 아닙니다: 파일의 키를 점으로 이어 적으세요. 예: training.learning_rate.",
  'path.notList': '파일의 {written}은(는) 목록이 아니라서 {path}을(를) 바꿀 수 없습니다.',
  'path.notMapping': '파일의 {written}은(는) 키의 매핑이 아니라서 {path}을(를) 바꿀 수 없습니다.',
  'path.compare': 'compare는 파일과 나란히 학습할 변형들을 적는 곳이라, 그 자체는 바꿀 수 없습니다.',
  'path.matrix': ' {key}은(는) 행렬입니다: 통째로 바꾸세요. 예: {written}=[[0.1, 0.2]].',
  'path.pastValue':
    '{written}은(는) 값 하나라서 {path}은(는) 그 안으로 들어갈 수 없습니다: {written} 자체를 바꾸세요.{whole}',
  'path.layerNumber':
    'network.layers.{written}: network.layers 다음에는 1부터 세는 층 번호가 옵니다(network.layers.1이 층 1). ' +
    '그래서 {path}은(는) 어느 층도 가리키지 않습니다.',
  'path.noLayers': '없습니다',
  'path.layerRange': '{layers}(network.layers.1부터 network.layers.{count}까지)입니다',
  'path.noLayer': '층 {layer}은(는) 없습니다: 파일의 층은 {range}. 그래서 {path}은(는) 어느 층도 가리키지 않습니다.',
  'path.unknownDidYouMean': "{where}에 알 수 없는 키 '{key}'가 있습니다. {fixed}을(를) 쓰려던 건가요?",
  'path.belongsToLayer':
    "{where}에 알 수 없는 키 '{key}'가 있습니다. {key}은(는) 층의 키입니다: network.layers.N.{rest} (N은 1부터).",
  'path.unknown': "{where}에 알 수 없는 키 '{key}'가 있습니다. 여기에 올 수 있는 키: {keys}.",
  'override.inVariant': "(변형 '{name}', {line}번째 줄)",
};
