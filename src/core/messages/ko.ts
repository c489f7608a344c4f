// The catalog's Korean, id for id with the English of en.ts and the same named parameters.
// Parameters that are notation, keys or values sit where no particle has to agree with them.
import type { MessageId } from './en';

export const KO: Record<MessageId, string> = {
  'text.verbatim': '{text}',
  'list.two': '{first}, {last}',
  'list.more': '{first}, {rest}',
  'count.example': '예제 {n}개',
  'count.feature': '특성 {n}개',
  'count.target': '타깃 {n}개',
  'count.unit': '유닛 {n}개',
  'count.parameter': '파라미터 {n}개',
  'count.layer': '층 {n}개',
  'count.row': '행 {n}개',
  'count.column': '열 {n}개',
  'word.row': '행',
  'word.column': '열',
  'word.rows': '행',
  'word.columns': '열',

  'shape.dataTransposed':
    '{matrix}에 예제가 {line}마다 하나씩 적혀 있습니다: {shape}에는 {examples}가 각각 {features}씩 들어 있지만, ' +
    'layout: {layout}에서는 {wants}, 즉 {exampleLine}마다 예제 하나여야 합니다.',
  'shape.parameterTransposed':
    '{matrix}의 형태는 {want}여야 하는데 {is}입니다: 전치되어 적혀 있습니다. ' +
    'layout: {layout}에서 {generic}의 형태는 {general}입니다.',
  'shape.layout': '행렬들이 layout: {other} 기준으로 적혀 있습니다({listed}). 그런데 이 파일은 layout: {layout}입니다.',
  'shape.layoutUnset':
    '행렬들이 layout: {other} 기준으로 적혀 있습니다({listed}). 그런데 이 파일에는 layout 키가 없어서 ' +
    'layout: {layout}으로 읽습니다.',
  'shape.layoutPerExample':
    '행렬들이 layout: {other} 기준, 즉 예제 하나가 {exampleLine} 하나로 적혀 있습니다({listed}). ' +
    '그런데 이 파일은 layout: {layout}입니다.',
  'shape.layoutPerExampleUnset':
    '행렬들이 layout: {other} 기준, 즉 예제 하나가 {exampleLine} 하나로 적혀 있습니다({listed}). ' +
    '그런데 이 파일에는 layout 키가 없어서 layout: {layout}으로 읽습니다.',
  'shape.yOfLines': 'Y ({lines})',
  'shape.units': '층 {layer}의 유닛은 {units}인데, {names}의 형태는 {dim}에 맞춰 적혀 있습니다.{failure}',
  'shape.addedToEveryExample': '1이어야 합니다(모든 예제에 똑같이 더해지므로)',
  'shape.axisShouldBe': '{axis}는 {what}',
  'shape.twoReasons': '{first}, 그리고 {second}',
  'shape.parameter': '{matrix}의 형태는 {want}여야 하는데 {is}입니다: {reasons}.{failure}',
  'shape.input':
    'X의 형태는 {shape}인데 network.input은 {input}입니다: n[0]은 X의 {lines} 수와 같아야 합니다.{failure}',
  'shape.output':
    'Y에는 {lines}가 있는데 마지막 층은 {dim} = {units}입니다: {dim}은 Y의 {linesOfY} 수와 같아야 합니다' +
    '(타깃 하나에 출력 하나).{failure}',
  'shape.examples':
    'Y의 형태는 {y}인데 X의 형태는 {x}입니다: X에는 예제가 m = {mX}개({line}마다 하나) 있고 Y에는 {mY}개 있습니다. ' +
    'layout: {layout}에서는 X와 Y 모두 예제마다 {line}이 하나씩 있어야 합니다.',
  'shape.dimensionPhrase': '{dim}({phrase})여야 합니다',

  'related.writtenInLayout': '{matrix}: {shape} (layout: {layout} 기준으로 적힘)',
  'related.yInline': 'Y: {lines}, 타깃마다 하나',
  'related.yCsv': 'Y: data.csv.target에서 온 {lines}',
  'related.yCsvOneHot': 'Y: data.csv.target에서 온 {lines}, 클래스마다 하나(one_hot)',
  'related.yGenerated': 'Y: data.generate: {generator}에서 온 {lines}',
  'related.holdsExamples': '{matrix}: 예제 m = {m}개, 예제마다 {line} 하나',
  'related.input': 'network.input = {input}: 네트워크가 가정하는 n[0]',
  'related.dimensionFrom': '{dim} ({from}에서)',
  'related.written': '{matrix}: {shape}로 적힘',
  'related.ySingleRow': 'Y의 타깃은 한 행뿐입니다',

  'source.comesFrom': '{dim}: {from}에서 정해짐',
  'source.linesOfX': 'X의 {lines}',
  'source.xPerFeature': 'X, 특성마다 {line} 하나',
  'source.csvFeatures': 'data.csv.features, 열 {n}개',
  'source.csvFeaturesPhrase': 'data.csv.features의 열 {n}개',
  'source.generated': 'data.generate: {generator}가 만드는 {n}차원 점',
  'source.generatedPhrase': '생성된 각 점의 좌표 {n}개',
  'source.setByInput': 'network.input이 정한 값',
  'source.w1': 'W[1]의 {side}',
  'source.w1Phrase': 'W[1]의 {side}',
  'source.dataOnceLoaded': '데이터(불러온 뒤에 정해짐)',
  'source.heldOut': ', test_split로 떼어 둔 {n}개 제외',
  'source.xPerExample': 'X, 예제마다 {line} 하나{heldOut}',
  'source.samples': 'data.generate.samples{heldOut}',
  'source.samplesPhrase': '생성된 샘플 수',
  'source.csvRows': '{path}의 행{heldOut}',
  'source.csvRowsPhrase': '{path}의 행',
  'source.data': '데이터',
  'source.dataPhrase': '데이터의 예제 수',
  'source.unitsOfLayer': '층 {layer}의 유닛 수',

  'fix.transpose': '{matrix}를 {shape}로 전치',
  'fix.setLayout': 'layout: {layout}으로 설정',
  'fix.transposeAll': '{matrices} 전치 (layout: {layout} 유지)',
  'fix.setUnits': '층 {layer}의 유닛 수를 {value}로 설정',
  'fix.setInput': 'network.input을 {value}로 설정',
  'fix.oneLinearUnit': 'linear 유닛 하나 사용',
  'fix.oneSigmoidUnit': 'sigmoid 유닛 하나와 binary_cross_entropy 사용',
  'fix.useActivation': '{activation} 사용',
  'fix.setLoss': 'loss: {loss}로 설정',
  'fix.batchFull': 'batch_size: full 사용',
  'fix.changeTo': "'{text}'(으)로 변경",

  'loss.softmaxOneUnitOtherLoss':
    '유닛이 하나인 softmax는 항상 1을 출력하고, softmax에는 cross_entropy 손실이 필요합니다. ' +
    '{loss}에서는 {activation} 유닛 하나를 쓰세요.',
  'loss.insteadBce': 'binary_cross_entropy에서는 sigmoid 유닛 하나를 쓰세요',
  'loss.insteadMse': 'mse에서는 linear 출력층을 쓰세요',
  'loss.softmaxNeedsCrossEntropy': 'softmax에는 cross_entropy 손실이 필요합니다. {instead}.',
  'loss.softmaxOneUnitSingleRow':
    '유닛이 하나인 softmax는 항상 1을 출력하므로 아무것도 학습할 수 없습니다. Y의 타깃은 한 행뿐입니다: ' +
    '두 클래스라면 sigmoid 유닛 하나와 binary_cross_entropy를 쓰세요.',
  'loss.softmaxOneUnit':
    '유닛이 하나인 softmax는 항상 1을 출력하므로 아무것도 학습할 수 없습니다: 클래스마다 유닛을 하나씩(2개 이상) 두거나, ' +
    'sigmoid 유닛 하나와 binary_cross_entropy를 쓰세요.',
  'loss.crossEntropyOneUnit':
    'cross_entropy는 원-핫 타깃을 여러 softmax 출력과 비교하는데, 층 {layer}은 {activation} 유닛 하나뿐입니다: ' +
    '두 클래스라면 binary_cross_entropy와 sigmoid 유닛 하나를 쓰세요.',
  'loss.crossEntropyNeedsSoftmax':
    'cross_entropy는 softmax 출력층을 기대하는데, 층 {layer}은 {activation}을 써서 출력의 합이 1이 된다는 보장이 ' +
    '없습니다. softmax를 쓰거나, binary_cross_entropy와 sigmoid 유닛 하나를 쓰세요.',
  'loss.bceNeedsSigmoid':
    'binary_cross_entropy는 log({output})와 log(1 - {output})를 계산하므로 {output}는 0과 1 사이여야 합니다: ' +
    '출력층에 sigmoid를 쓰세요({activation}는 NaN을 낼 수 있습니다).',
  'loss.multiLabel':
    'binary_cross_entropy에서 층 {layer}의 sigmoid 유닛 {units}개는 서로 독립인 예/아니요 출력 {units}개입니다' +
    '(다중 레이블). 각 예제가 {units}개 클래스 중 정확히 하나에 속한다면 softmax와 cross_entropy를 쓰세요.',
  'loss.softmaxHidden':
    'softmax는 출력층의 활성화 함수로만 쓸 수 있습니다(cross_entropy와 함께). 층 {layer}은 은닉층이므로 ' +
    'relu나 tanh를 쓰세요.',
  'batch.larger': 'batch_size {batch}가 학습 예제 {m}개보다 커서, 모든 배치가 학습 세트 전체가 됩니다.',

  'hover.network': '{parameters}, {layers}',
  'hover.layer': '**층 {layer}** — {units}, {activation}, {parameters} (layout: {layout})',
  'hover.forward': '순전파',
  'table.layer': '층',
  'table.units': '유닛',
  'table.activation': '활성화 함수',
  'table.parameters': '파라미터',
  'table.total': '합계: {parameters}',
  'table.layerN': '층 {layer}',
  'hover.backward': '역전파',

  'where.top': '최상위',
  'where.layer': '층 {layer}',
  'where.variant': 'compare의 변형 {variant}',
  'where.section': '{section}',
  'where.anyLayer': '층(network.layers의 항목)',
  'where.anyVariant': '변형(compare의 항목)',
  'key.unknownDidYouMean': "{where}에 알 수 없는 키 '{key}'가 있습니다. '{suggestion}'을(를) 쓰려던 건가요?",
  'key.unknown': "{where}에 알 수 없는 키 '{key}'가 있습니다.{hint}",
  'key.belongs': " '{key}' 키는 {home}에 둡니다.",
  'key.keysHere': ' 여기에 쓸 수 있는 키: {keys}.',
  'key.missing': "{where}에 '{key}' 키가 없습니다.{hint}",
  'key.addData': ' data: 를 추가하고 generate, csv, inline 중 하나를 적으세요.',
  'key.addNetwork': ' network: 를 추가하고 layers를 적으세요.',
  'key.addTraining': ' training: 을 추가하고 iterations(또는 epochs)와 learning_rate를 적으세요.',
  'key.addLoss': ' loss: 를 추가하세요: binary_cross_entropy, cross_entropy 또는 mse.',
  'key.addActivation': ' activation: 을 추가하세요: sigmoid, tanh, relu, leaky_relu, linear 또는 softmax.',
  'key.addLearningRate': ' learning_rate: 를 추가하세요. 경사 하강법의 학습률 α입니다(예: 0.01).',

  'yaml.duplicateEmptyKey':
    '이 매핑에 빈 키가 두 번 나옵니다. YAML은 둘 중 하나만 남깁니다. 하나를 지우거나 이름을 바꾸세요.',
  'yaml.duplicateKey':
    "이 매핑에 키 '{key}'가 두 번 나옵니다. YAML은 둘 중 하나만 남깁니다. 하나를 지우거나 이름을 바꾸세요.",
  'yaml.tab': '이 줄은 탭으로 들여쓰기되어 있습니다. YAML 들여쓰기에는 공백만 쓸 수 있으니 탭을 공백으로 바꾸세요.',
  'yaml.multipleDocuments':
    ".nnspec 파일에는 실험 하나만 담는데, 여기서 '---'가 두 번째 YAML 문서를 시작합니다. 이 줄과 그 뒤를 지우거나, " +
    '그 실험을 별도 파일로 옮기세요.',
  'yaml.problem': 'YAML 문법 오류: {message}',

  'override.noted': '{message} {note}',
  'override.in': '({origins}에서)',
  'override.from': '({origins}에서 바꿈)',
};
