export const id = 190;
export const ids = [190];
export const modules = {

/***/ 6190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RolloutWatcher: () => (/* binding */ RolloutWatcher),
/* harmony export */   abortableSleep: () => (/* binding */ abortableSleep),
/* harmony export */   judgeDeployment: () => (/* binding */ judgeDeployment),
/* harmony export */   recentEvents: () => (/* binding */ recentEvents)
/* harmony export */ });
/**
 * Pure: where one deployment stands. Unlike the SDK's ServicesStable waiter, it looks at the
 * deployment this run started: a circuit-breaker rollback also ends with one stable
 * deployment, just not ours.
 */
function judgeDeployment(service, deploymentId) {
    if (!service)
        return { state: 'failed', reason: 'the service is no longer found (MISSING)' };
    if (service.status !== 'ACTIVE')
        return { state: 'failed', reason: `the service is ${service.status ?? 'gone'} while deploying` };
    const deployments = service.deployments ?? [];
    const ours = deployments.find((deployment) => deployment.id === deploymentId);
    const primary = deployments.find((deployment) => deployment.status === 'PRIMARY');
    if (ours?.rolloutState === 'FAILED') {
        const why = ours.rolloutStateReason ? `: ${ours.rolloutStateReason}` : '';
        return {
            state: 'failed',
            reason: `deployment ${deploymentId} failed${why}${rollbackNote(primary?.id, deploymentId)}`
        };
    }
    if (!ours || ours.status !== 'PRIMARY') {
        // ECS may already have drained the failed deployment; its event still says why.
        const said = service.events?.find((event) => event.message?.includes(deploymentId) && /fail/i.test(event.message))?.message;
        return {
            state: 'failed',
            reason: `deployment ${deploymentId} is no longer the PRIMARY deployment${said ? ` (${said})` : ''}${rollbackNote(primary?.id, deploymentId)}`
        };
    }
    if (ours.rolloutState === 'COMPLETED')
        return { state: 'completed' };
    // Without a rollout state (older deployment types), settle for what the SDK waiter checks.
    if (ours.rolloutState === undefined &&
        deployments.length === 1 &&
        ours.runningCount === ours.desiredCount)
        return { state: 'completed' };
    return { state: 'in-progress' };
}
function rollbackNote(primaryId, ours) {
    if (!primaryId || primaryId === ours)
        return '';
    return `; ECS rolled back to deployment ${primaryId}, so the previous Service Connect configuration is back in place`;
}
/** The service's events since `since`, newest first, as ECS lists them. */
function recentEvents(service, since, limit = 5) {
    const events = service?.events ?? [];
    const recent = events.filter((event) => !event.createdAt || event.createdAt.getTime() >= since.getTime() - 1000);
    return (recent.length > 0 ? recent : events).slice(0, limit).map((event) => event.message ?? '');
}
function abortableSleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted) {
            resolve();
            return;
        }
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}
class RolloutWatcher {
    options;
    pending = new Map();
    /** Cleared in the same turn the loop ends, so a watch() right after still starts a new one. */
    running = false;
    now;
    sleep;
    constructor(options) {
        this.options = options;
        this.now = options.now ?? Date.now;
        this.sleep = options.sleep ?? abortableSleep;
    }
    /** Resolves when the deployment completes, fails, times out or the run is cancelled. */
    watch(name, deploymentId) {
        return new Promise((resolve) => {
            this.pending.set(name, { name, deploymentId, startedAt: this.now(), resolve });
            if (!this.running) {
                this.running = true;
                void this.run();
            }
        });
    }
    async run() {
        const { signal } = this.options;
        try {
            while (this.pending.size > 0) {
                await this.sleep(this.options.pollMs, signal);
                if (signal?.aborted) {
                    this.settleAll('cancelled', 'the run was cancelled while the deployment was still in progress');
                    return;
                }
                await this.round();
            }
        }
        finally {
            this.running = false;
        }
    }
    async round() {
        const batch = [...this.pending.values()];
        let services;
        try {
            services = await this.options.describe(batch.map((item) => item.name));
        }
        catch (error) {
            // The SDK has already retried; one bad round does not fail a rollout, the deadline does.
            this.options.onError?.(error);
            this.expire(batch);
            return;
        }
        for (const item of batch) {
            const service = services.get(item.name);
            const judgement = judgeDeployment(service, item.deploymentId);
            if (judgement.state === 'completed')
                this.settle(item, { state: 'completed' });
            else if (judgement.state === 'failed')
                this.settle(item, {
                    state: 'failed',
                    reason: judgement.reason,
                    events: recentEvents(service, new Date(item.startedAt))
                });
        }
        this.expire(batch);
        this.options.onRound?.(batch.length, this.pending.size);
    }
    expire(batch) {
        const now = this.now();
        for (const item of batch) {
            if (!this.pending.has(item.name))
                continue;
            if (now - item.startedAt >= this.options.timeoutMs)
                this.settle(item, {
                    state: 'timed-out',
                    reason: `deployment ${item.deploymentId} was still in progress after ${Math.round(this.options.timeoutMs / 60_000)} minutes; ECS goes on with it`
                });
        }
    }
    settle(item, outcome) {
        this.pending.delete(item.name);
        item.resolve(outcome);
    }
    settleAll(state, reason) {
        for (const item of [...this.pending.values()])
            this.settle(item, { state, reason: `${reason} (deployment ${item.deploymentId})` });
    }
}


/***/ })

};
