// Firefox ESR (Debian's) driven by puppeteer-core over WebDriver BiDi, with the Firefox build
// installed as a temporary add-on.
import { launchFirefox } from './support/browsers';
import { describeExtensionIn } from './support/scenario';

describeExtensionIn('firefox', launchFirefox);
