export const id = 931;
export const ids = [931];
export const modules = {

/***/ 8931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyPlans: () => (/* binding */ applyPlans)
/* harmony export */ });
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1532);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _service_connect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8651);



const KEPT = 'the service keeps its previous Service Connect configuration';
function base(plan) {
    return {
        name: plan.name,
        ...(plan.serviceArn ? { serviceArn: plan.serviceArn } : {}),
        status: 'unchanged',
        ports: plan.ports,
        findings: [],
        log: []
    };
}
/**
 * `maxConcurrency` bounds the UpdateService calls in flight, not the rollouts: each service's
 * wait starts as soon as its update returns and does not hold a slot, so a fleet rolls out in
 * about the time of one rollout.
 */
async function applyPlans(plans, options) {
    const started = await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_0__/* .mapLimit */ .s)(plans, options.maxConcurrency, (plan) => startOne(plan, options));
    return Promise.all(started.map(async ({ outcome, rollout }) => rollout ? settle(outcome, await rollout) : outcome));
}
async function startOne(plan, options) {
    const settled = (outcome) => ({ outcome });
    const outcome = base(plan);
    if (plan.error)
        return settled({ ...outcome, status: 'failed', error: `${plan.error}. Nothing was written.` });
    if (!plan.changed || !plan.after) {
        outcome.log.push('TLS is already as requested on every chosen port; no update, no deployment.');
        return settled(outcome);
    }
    if (options.signal?.aborted)
        return settled({
            ...outcome,
            status: 'failed',
            error: `the run was cancelled before this service was updated; ${KEPT}`
        });
    outcome.log.push(`UpdateService with the merged Service Connect configuration (${describeChanges(plan)})`);
    let deploymentId;
    try {
        const service = await options.writer.updateServiceConnect(options.cluster, plan.name, plan.after);
        deploymentId = service ? (0,_service_connect_js__WEBPACK_IMPORTED_MODULE_1__/* .primaryDeployment */ .sg)(service)?.id : undefined;
    }
    catch (error) {
        return settled({
            ...outcome,
            status: 'failed',
            error: `UpdateService failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorText */ .k)(error)}. Nothing changed: ${KEPT}.`
        });
    }
    if (!deploymentId)
        return settled({
            ...outcome,
            status: 'failed',
            error: 'UpdateService returned no PRIMARY deployment to follow'
        });
    outcome.deploymentId = deploymentId;
    outcome.log.push(`Deployment ${deploymentId} started`);
    if (!options.watcher) {
        outcome.log.push('Not waiting for the deployment (wait-for-service-stability: false)');
        return settled({ ...outcome, status: 'updated', rollout: 'not-waited' });
    }
    return { outcome, rollout: options.watcher.watch(plan.name, deploymentId) };
}
function describeChanges(plan) {
    const changed = plan.ports.filter((port) => port.changed).map((port) => port.portName);
    return `TLS on ${changed.join(', ')}`;
}
function settle(outcome, rollout) {
    switch (rollout.state) {
        case 'completed':
            outcome.log.push(`Deployment ${outcome.deploymentId ?? ''} completed`);
            return { ...outcome, status: 'updated', rollout: 'completed' };
        case 'failed':
            outcome.log.push(`Deployment failed: ${rollout.reason}`, ...rollout.events.map((event) => `  event: ${event}`));
            return {
                ...outcome,
                status: 'failed',
                rollout: 'failed',
                error: rollout.reason,
                events: rollout.events
            };
        case 'timed-out':
        case 'cancelled':
            outcome.log.push(rollout.reason);
            return { ...outcome, status: 'failed', rollout: rollout.state, error: rollout.reason };
    }
}


/***/ })

};
