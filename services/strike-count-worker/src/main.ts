import { startStageWorker } from '@wirestream/nest';

// Service name, port and needs come from the stage registry (STAGES in @wirestream/contracts).
startStageWorker('strikes');
