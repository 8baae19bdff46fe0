import { defineCardSuite } from './card-suite';
import { defineExtensionSuite } from './extension-suite';
import { defineFrameCardSuite } from './frame-card-suite';
import { defineOptionsSuite } from './options-suite';
import { definePopupSuite } from './popup-suite';
import { defineScanningSuite } from './scanning-suite';
import { defineUndoSuite } from './undo-suite';

defineExtensionSuite('chrome');
definePopupSuite('chrome');
defineOptionsSuite('chrome');
defineScanningSuite('chrome');
defineCardSuite('chrome');
defineUndoSuite('chrome');
defineFrameCardSuite('chrome');
