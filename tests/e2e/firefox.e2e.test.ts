import { defineCardSuite } from './card-suite';
import { defineExtensionSuite } from './extension-suite';
import { defineFirstRunSuite } from './first-run-suite';
import { defineOptionsSuite } from './options-suite';
import { definePopupReaderSuite } from './popup-reader-suite';
import { definePopupSuite } from './popup-suite';
import { defineScanningSuite } from './scanning-suite';
import { defineShortcutsSuite } from './shortcuts-suite';

defineExtensionSuite('firefox');
definePopupSuite('firefox');
defineOptionsSuite('firefox');
defineScanningSuite('firefox');
defineCardSuite('firefox');
defineShortcutsSuite('firefox');
defineFirstRunSuite('firefox');
definePopupReaderSuite('firefox');
