import { defineCardSuite } from './card-suite';
import { defineExtensionSuite } from './extension-suite';
import { defineFrameCardSuite } from './frame-card-suite';
import { defineOptionsSuite } from './options-suite';
import { definePopupSuite } from './popup-suite';
import { defineScanningSuite } from './scanning-suite';
import { defineUndoSuite } from './undo-suite';

defineExtensionSuite('firefox');
definePopupSuite('firefox');
defineOptionsSuite('firefox');
defineScanningSuite('firefox');
defineCardSuite('firefox');
defineUndoSuite('firefox');
defineFrameCardSuite('firefox');
