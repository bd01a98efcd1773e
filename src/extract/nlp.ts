import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The one wink-nlp pipeline of the process (sentence boundaries and parts of speech only), made on
 * first use: the English lite model ships inside its npm package, so nothing is downloaded.
 */
let pipeline: ReturnType<typeof winkNLP> | null = null;

export function nlp(): ReturnType<typeof winkNLP> {
  pipeline ??= winkNLP(model, ['sbd', 'pos']);
  return pipeline;
}
