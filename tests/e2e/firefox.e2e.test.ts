import { defineCardSuite } from './card-suite';
import { defineExtensionSuite } from './extension-suite';
import { defineOptionsSuite } from './options-suite';
import { definePopupSuite } from './popup-suite';
import { defineReaderPathsSuite } from './reader-paths-suite';
import { defineScanningSuite } from './scanning-suite';

defineExtensionSuite('firefox');
definePopupSuite('firefox');
defineOptionsSuite('firefox');
defineScanningSuite('firefox');
defineCardSuite('firefox');
defineReaderPathsSuite('firefox');
