// The catalog's Korean, id for id with the English of en.ts and the same named parameters.
// Parameters that are notation, keys or values sit where no particle has to agree with them.
import type { MessageId } from './en';
import { ACCESS_KO } from './accessKo';
import { CLI_KO } from './cliKo';
import { DATA_KO } from './dataKo';
import { DIVERGENCE_KO } from './divergenceKo';
import { DIFF_KO } from './diffKo';
import { DIFF_HINTS_KO } from './diffHintsKo';
import { DIFF_TRACE_KO } from './diffTraceKo';
import { EXPERIMENTS_KO } from './experimentsKo';
import { EXPLAIN_KO } from './explainKo';
import { NODE_KO } from './nodeKo';
import { OVERRIDE_KO } from './overrideKo';
import { RUN_KO } from './runKo';
import { SHAPES_KO } from './shapesKo';

export const KO: Record<MessageId, string> = {
  ...EXPLAIN_KO,
  ...DATA_KO,
  ...OVERRIDE_KO,
  ...RUN_KO,
  ...SHAPES_KO,
  ...CLI_KO,
  ...DIVERGENCE_KO,
  ...ACCESS_KO,
  ...EXPERIMENTS_KO,
  ...NODE_KO,
  ...DIFF_KO,
  ...DIFF_HINTS_KO,
  ...DIFF_TRACE_KO,
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
  'shape.inputAfterCause':
    '다른 오류가 말하는 대로 X를 읽으면 형태는 {shape}, 특징은 n[0] = {n0}개인데 network.input은 {input}입니다.{failure}',
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
  'related.dimensionFrom': '{dim} (출처: {from})',
  'related.written': '{matrix}: {shape}로 적힘',
  'related.ySingleRow': 'Y의 타깃은 한 행뿐입니다',

  'source.comesFrom': '{dim}: {from}에서 정해짐',
  'source.linesOfX': 'X의 {lines}',
  'source.xPerFeature': 'X, 특성마다 {line} 하나',
  'source.csvFeatures': 'data.csv.features, 열 {n}개',
  'source.csvFeaturesPhrase': 'data.csv.features의 열 {n}개',
  'source.generated': 'data.generate: {generator}의 {n}차원 점',
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

  'node.mapping': '매핑',
  'node.list': '리스트',
  'node.empty': '빈 값',
  'node.text': "텍스트 '{text}'",
  'node.other': '다른 종류의 값',
  'section.layer': '층 {layer}',
  'section.variant': 'compare의 변형 {variant}',
  'section.file': '파일',
  'value.mapping': '{what}: 키({keys})의 매핑이어야 하는데 {actual}입니다.',
  'value.mustBe': '{name}: {says}여야 하는데 {actual}입니다.',
  'value.unknownDidYouMean': "알 수 없는 {what} 값 '{value}'입니다. '{suggestion}'을(를) 쓰려던 건가요?",
  'value.unknown': "알 수 없는 {what} 값 '{value}'입니다. 다음 중 하나를 쓰세요: {values}.",
  'value.oneOf': '{what}: {values} 중 하나여야 하는데 {actual}입니다.',
  'value.text': '{what}: 텍스트여야 하는데 {actual}입니다.',
  'value.bool': '{name}: true 또는 false여야 하는데 {actual}입니다.',
  'rule.wholeAtLeast1': '1 이상의 정수',
  'rule.wholeAtLeast2': '2 이상의 정수',
  'rule.above0': '0보다 큰 수',
  'rule.atLeast0': '0 이상의 수',
  'rule.fraction': '0 이상 1 미만의 수',
  'rule.fullOrWhole': 'full 또는 1 이상의 정수',
  'rule.lambda': '0 이상의 수 λ',
  'rule.seed': '0부터 {max}(2^32 - 1)까지의 정수',
  'matrix.ragged':
    '{name}의 {row}행에는 수가 {n}개 있는데 1행에는 {width}개 있습니다: 행렬의 모든 행은 길이가 같아야 합니다.',
  'matrix.notMatrix': '{name}: 행의 리스트로 적은 행렬(예: [[1, 2], [3, 4]])이어야 하는데 {actual}입니다.',
  'matrix.noRows': '{name}에 행이 없습니다.',
  'matrix.flat': '{name}: 행의 리스트여야 하는데 평평한 리스트입니다. 한 행이라면 [[...]]로 적으세요.',
  'matrix.rowNotList': '{name}의 {row}행: 수의 리스트여야 하는데 {actual}입니다.',
  'matrix.rowEmpty': '{name}의 {row}행이 비어 있습니다.',
  'matrix.entry': '{name}의 {row}행 {entry}번째 항목: 수여야 하는데 {actual}입니다.',
  'fix.oneRow': '한 행으로 만들기: {row}',
  'network.initScaleUnused': 'init_scale은 init: random에서만 쓰입니다. init: {init}에서는 무시됩니다.',
  'network.zeroInit':
    'init: zeros에서는 은닉층의 모든 유닛이 같은 값에서 시작해 같은 기울기를 받으므로, 유닛들이 영원히 똑같이 ' +
    '남습니다(대칭이 깨지지 않음). random, xavier 또는 he를 쓰세요.',
  'network.layersNotList': 'network.layers: 층(각각 units와 activation을 가진)의 리스트여야 하는데 {actual}입니다.',
  'network.noLayers': 'network.layers에는 층이 하나 이상 있어야 합니다. 마지막 층이 출력층입니다.',
  'network.alphaUnused': 'alpha는 leaky_relu의 음수 기울기입니다. 층 {layer}은 {activation}을 쓰므로 무시됩니다.',
  'training.both': 'training에는 iterations와 epochs 중 하나만 씁니다. 하나만 남기세요.',
  'training.neither':
    'training에 iterations: N(경사 하강 업데이트 횟수) 또는 epochs: N(데이터 전체를 도는 횟수)이 필요합니다.',
  'training.epochsFullBatch':
    'batch_size가 full이면 에폭마다 경사 하강 업데이트가 한 번이므로, epochs: {epochs}는 업데이트 {epochs}번입니다. ' +
    '미니배치를 쓰려면 batch_size를 설정하세요(예: 32).',
  'training.batchSize': "batch_size는 full 또는 1 이상의 정수여야 하는데 '{value}'입니다.",
  'training.batchSizeFull': "batch_size는 full 또는 1 이상의 정수여야 하는데 '{value}'입니다. 'full'을 쓰려던 건가요?",
  'training.regularization': 'regularization에는 l1: lambda 또는 l2: lambda 중 정확히 하나를 씁니다.',
  'training.usualAdam': 'Adam은 보통 0.001에서 0.01 사이에서 잘 동작합니다',
  'training.usualGd': '경사 하강법은 보통 0.001에서 1 사이에서 잘 동작합니다',
  'training.largeRate': 'learning_rate {rate}는 큰 값입니다: {usual}. 스텝이 너무 크면 비용이 NaN까지 커집니다.',
  'data.noSource': 'data에는 generate, csv, inline 중 정확히 하나가 필요합니다.',
  'data.twoSources': 'data에 {first}와 {second}가 모두 있습니다: 데이터 소스는 정확히 하나만 남기세요.',
  'data.generator': '데이터 생성기',
  'data.classesUnused': 'classes는 spiral과 blobs 생성기에서만 쓰입니다. {generator}에서는 무시됩니다.',
  'data.columnEntry': '{name}의 각 항목은 열 이름이나 0부터 센 열 번호여야 합니다.',
  'data.columnsNotList': '{name}: 열 이름이나 0부터 센 번호의 리스트여야 합니다(예: [size, bedrooms]).',
  'data.noColumns': '{name}에 열이 하나도 없습니다.',
  'spec.name': 'name은 짧은 제목이어야 합니다(예: name: XOR with one hidden layer).',
  'limit.iterations':
    '{key}: {value}는 nnspec이 실행하는 경사 하강 스텝 최대치 {max}보다 많습니다. 강의의 네트워크는 ' +
    '10,000에서 100,000 스텝 안에 수렴합니다: {key}를 줄이세요.',
  'limit.epochs':
    '{key}: {value}는 nnspec이 실행하는 경사 하강 스텝 최대치 {max}보다 많습니다(에폭마다 스텝이 한 번 이상). ' +
    '강의의 네트워크는 10,000에서 100,000 스텝 안에 수렴합니다: {key}를 줄이세요.',
  'limit.units':
    'units: {units}는 nnspec이 한 층에 만드는 유닛 최대치 {max}보다 많습니다: 층 {layer}의 모든 행렬' +
    '({matrices})은 {dim}개의 행을 가집니다. 유닛 수를 줄이세요.',
  'compare.notList':
    'compare는 name과 set을 가진 변형의 리스트여야 합니다(예: - { name: lr 0.1, set: { ' +
    'training.learning_rate: 0.1 } }). 그런데 {actual}입니다.',
  'compare.tooMany':
    'compare에 변형이 {n}개 있습니다. nnspec은 파일 외에 최대 {max}개까지 학습합니다. 여러 파일로 나누세요.',
  'compare.name': '변형의 name은 lr 0.1 같은 짧은 텍스트여야 하는데 {actual}입니다.',
  'compare.duplicateName':
    "변형 {first}과 변형 {second}의 이름이 모두 '{name}'입니다: 결과를 이름으로 구별하므로 이름을 각각 다르게 지으세요.",
  'compare.setNotMapping':
    'set은 PATH: VALUE의 매핑이어야 합니다(예: { training.learning_rate: 0.1 }). 그런데 {actual}입니다.',
  'compare.setEmpty': 'set이 아무것도 바꾸지 않습니다: PATH: VALUE를 하나 이상 적으세요(예: { network.init: zeros }).',

  'space.noBreak': '줄바꿈 없는 공백({code})',
  'space.narrowNoBreak': '좁은 줄바꿈 없는 공백({code})',
  'space.ideographic': '전각 공백({code})',
  'space.zeroWidth': '폭 없는 공백({code})',
  'space.zeroWidthNoBreak': '폭 없는 줄바꿈 없는 공백({code})',
  'space.lineSeparator': '줄 구분 문자({code})',
  'space.paragraphSeparator': '문단 구분 문자({code})',
  'space.nextLine': '다음 줄 문자({code})',
  'space.other': '유니코드 공백({code})',
  'space.more': '(외 {n}개)',
  'space.trailing':
    '여기에 {what}{more}가 있습니다. 웹 페이지나 PDF에서 붙여 넣었나요? YAML은 이것을 공백으로 치지 않지만 ' +
    'nnspec은 일반 공백으로 읽습니다. 지우세요.',
  'space.inside':
    '여기에 {what}{more}가 있습니다. 웹 페이지나 PDF에서 붙여 넣었나요? YAML은 이것을 공백으로 치지 않지만 ' +
    'nnspec은 일반 공백으로 읽습니다. 일반 공백으로 바꾸세요.',
  'fix.delete': '지우기',
  'fix.plainSpace': '일반 공백으로 바꾸기',
  'yaml.empty': '파일이 비어 있습니다. .nnspec 파일에는 data, network, loss, training이 필요합니다.',
  'yaml.aliasNoAnchor': '별칭 *{name}이 가리키는 앵커가 없습니다: 그 앞의 값에 &{name}을 정의하세요.',
  'yaml.badKey': '키는 units나 learning_rate 같은 단순한 이름이어야 합니다.',
  'yaml.aliasCycle': '이 별칭은 자신을 포함하는 노드를 가리켜서 끝없이 반복됩니다.',
  'yaml.aliasExpansion':
    '여기의 별칭(*name)이 값 {max}개보다 많이 펼쳐집니다. 값을 직접 적거나, 큰 데이터는 CSV 파일에 두세요.',
  'guard.tooLarge':
    '이 파일은 {size}입니다. nnspec은 {max}까지의 스펙 파일을 읽습니다. 큰 데이터 세트는 CSV 파일에 두고 data.csv로 가리키세요.',
  'guard.tooDeep':
    "이 줄에서 리스트와 매핑이 {max}단계보다 깊게 중첩됩니다('-' 뒤에 '-'가 오거나, '['나 '{'를 닫지 않았나요?). " +
    '.nnspec 파일은 몇 단계만 중첩됩니다.',
  'spec.topList': '파일은 키(data, network, loss, training)의 매핑이어야 하는데 최상위가 리스트입니다.',
  'spec.topValue': '파일은 키(data, network, loss, training)의 매핑이어야 하는데 최상위가 값 하나입니다.',
  'spec.tooDeep': '너무 깊게 중첩되어',
  'spec.internal': '내부 오류({error}) 때문에',
  'spec.unreadable': 'nnspec이 이 파일을 읽지 못했습니다: {why}.',
  'analyze.internal': '{stage} 중 내부 오류: {error}. 이 파일과 함께 알려 주세요.',
  'analyze.loadingData': '데이터를 불러오는',
  'analyze.checkingShapes': '형태를 검사하는',

  'split.range': 'test_split는 0 이상 1 미만이어야 하는데 {split}입니다.',
  'split.none': 'test_split: {split}는 예제 m = {m}개 중 {k}개를 떼어 두어, 학습할 예제가 남지 않습니다.',
  'split.empty': 'test_split: {split}로 예제 m = {m}개를 나누면 0개로 반올림되어 테스트 세트가 없습니다.',
  'targets.notBinary':
    '{loss}에는 0 또는 1인 타깃이 필요한데, 예제 m = {m}개 중 {example}번째 예제가 {y}입니다{more}. ' +
    '수치 타깃이라면 loss: mse를 쓰세요.',
  'targets.notOneHot':
    'cross_entropy에는 원-핫 타깃(예제마다 1이 정확히 하나)이 필요한데, 예제 m = {m}개 중 {example}번째 예제가 {y}입니다{more}.',
  'generate.samples': 'samples는 1부터 {max}까지의 정수여야 하는데 {samples}입니다.',
  'generate.tooManySamples':
    'samples: {samples}는 nnspec이 학습하는 예제 최대치 {max}보다 많습니다(m ≤ {max}): 검사와 학습이 너무 ' +
    '오래 걸립니다. samples를 줄이세요.',
  'generate.classes': 'classes는 2 이상의 정수여야 하는데 {classes}입니다.',
  'generate.tooManyClasses':
    'classes: {classes}는 nnspec이 생성하는 클래스 최대치 {max}보다 많습니다: Y는 클래스마다 행이 하나입니다. classes를 줄이세요.',
  'generate.samplesPerClass':
    'samples({samples})는 classes({classes}) 이상이어야 합니다: 클래스마다 예제가 하나는 필요합니다.',
  'generate.tooLarge':
    '{x}와 {y}에는 수가 {numbers}개 들어갑니다. nnspec은 수 {max}개(80 MB)까지의 데이터를 다룹니다. ' +
    'samples나 classes를 줄이세요.',
  'generate.noise': 'noise는 0 이상의 수여야 하는데 {noise}입니다.',
  'generate.classesIgnored':
    "'{generator}'는 항상 2개 클래스를 만듭니다. classes: {classes}는 무시됩니다(classes는 spiral과 blobs만 씀).",
  'inline.empty': '{name}에 값이 없습니다.',
  'inline.ragged':
    '{name}의 {row}행에는 수가 {n}개 있는데 0행에는 {width}개 있습니다: 행렬의 모든 행은 길이가 같습니다.',

  'run.tooManySteps':
    'epochs: {epochs} × 에폭당 배치 {perEpoch}개(m = {m}, batch_size {batch})는 {steps} 스텝으로, nnspec이 ' +
    '실행하는 최대치 {max}보다 많습니다. epochs를 줄이거나 batch_size를 키우세요.',
  'run.tooManyParameters':
    '네트워크의 파라미터가 {total}개입니다({w}, {b}만 해도 {largest}개). nnspec은 {max}개까지 학습하며, ' +
    '이는 실행 한 번에 약 {bytes}입니다. 유닛 수를 줄이세요.',
  'run.tooManyParametersAtLeast':
    '네트워크의 파라미터가 적어도 {total}개입니다({w}, {b}만 해도 {largest}개). nnspec은 {max}개까지 ' +
    '학습하며, 이는 실행 한 번에 약 {bytes}입니다. 유닛 수를 줄이세요.',
  'run.stepNumbers':
    '한 스텝의 행렬에 수가 {numbers}개({bytes}) 들어갑니다: {z}, {a}, {da}, {dz}의 형태는 각각 {shape}입니다.',
  'run.smallerFull': '유닛 수를 줄이거나 미니배치(batch_size: 64)를 쓰면 작아집니다.',
  'run.smallerBatch': '유닛 수나 batch_size를 줄이면 작아집니다.',
  'run.stepTooLarge': '{what} nnspec은 {max}개({bytes})까지 다룹니다. {smaller}',
  'run.largeStep': '{what} 실행은 기록하는 스텝 수를 줄이고, 패널은 예제와 유닛의 일부만 보여 줍니다. {smaller}',
  'run.long':
    '오래 걸리는 실행입니다: 파라미터 {parameters}개로 예제 {batch}개짜리 배치를 {steps} 스텝 학습하면 노트북에서 ' +
    '약 {duration} 걸립니다. 일시 정지하거나 중지할 수 있고, 스텝·유닛·배치를 줄이면 짧아집니다.',

  'override.noted': '{message} {note}',
  'override.in': '({origins}에서)',
  'override.from': '({origins}에서 바꿈)',
  'override.with': '({origins} 적용)',
  'override.setBy': '({origins}에서 바꾼 값이며 파일의 값이 아님)',
};
