import { defineCardSuite } from './card-suite';
import { defineExtensionSuite } from './extension-suite';
import { defineOptionsSuite } from './options-suite';
import { definePopupSuite } from './popup-suite';
import { defineReaderPathsSuite } from './reader-paths-suite';
import { defineScanningSuite } from './scanning-suite';

defineExtensionSuite('chrome');
definePopupSuite('chrome');
defineOptionsSuite('chrome');
defineScanningSuite('chrome');
defineCardSuite('chrome');
defineReaderPathsSuite('chrome');
