import { defineCardSuite } from './card-suite';
import { defineExtensionSuite } from './extension-suite';
import { defineOptionsSuite } from './options-suite';
import { definePopupReaderSuite } from './popup-reader-suite';
import { definePopupSuite } from './popup-suite';
import { defineScanningSuite } from './scanning-suite';

defineExtensionSuite('chrome');
definePopupSuite('chrome');
defineOptionsSuite('chrome');
defineScanningSuite('chrome');
defineCardSuite('chrome');
definePopupReaderSuite('chrome');
