// The collect script: injected by the popup into the active tab when the reader asks to add its
// article (scripting.executeScript, on the host access the manifest already has), it reads the
// article and its metadata and returns them (see collect/read-article.ts); it changes nothing on
// the page and stays nowhere. Its result is what executeScript hands back to the popup.
import { NO_ARTICLE_MESSAGE, type ReadArticleResult } from '../../collect/article';
import { readArticle } from '../../collect/read-article';

export default defineUnlistedScript((): ReadArticleResult => {
  try {
    return readArticle(document, location.href);
  } catch {
    // A page whose markup defeats the article extractor has, for collecting, no article.
    return { ok: false, problem: 'no-article', message: NO_ARTICLE_MESSAGE };
  }
});
