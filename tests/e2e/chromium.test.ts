// Chromium (Debian's) driven by playwright-core, with the Chrome MV3 build loaded unpacked.
import { launchChromium } from './support/browsers';
import { describeExtensionIn } from './support/scenario';

describeExtensionIn('chromium', launchChromium);
