export const id = 579;
export const ids = [579];
export const modules = {

/***/ 536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ chunk),
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Runs `work` over `items` with at most `limit` in flight, keeping the results in order. */
async function mapLimit(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
function chunk(items, size) {
    const chunks = [];
    for (let start = 0; start < items.length; start += size)
        chunks.push(items.slice(start, start + size));
    return chunks;
}


/***/ }),

/***/ 9410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YM: () => (/* binding */ daysBetween),
/* harmony export */   dF: () => (/* binding */ describeCertificate),
/* harmony export */   xI: () => (/* binding */ pemBundle)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Pure: certificate details from the PEM that ACM-PCA returned, read with node:crypto so the
 * outputs describe the certificate itself rather than restating the API's metadata.
 */

/** OpenSSL prints one RDN a line; a single line reads better in outputs and tables. */
function oneLine(name) {
    return name.split('\n').join(', ');
}
function describeCertificate(pem) {
    const certificate = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem);
    return {
        subject: oneLine(certificate.subject),
        issuer: oneLine(certificate.issuer),
        serialNumber: certificate.serialNumber,
        notBefore: new Date(certificate.validFrom).toISOString(),
        notAfter: new Date(certificate.validTo).toISOString(),
        fingerprintSha256: certificate.fingerprint256
    };
}
/** The certificate followed by its chain, as `curl --cacert` and most TLS clients take it. */
function pemBundle(certificate, chain) {
    const parts = [certificate, chain].filter((part) => !!part?.trim());
    return parts.map((part) => part.trim()).join('\n') + '\n';
}
function daysBetween(from, to) {
    return (to.getTime() - from.getTime()) / 86_400_000;
}


/***/ }),

/***/ 6579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/act/concurrency.ts
var concurrency = __webpack_require__(536);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/plan/service-connect.ts
var service_connect = __webpack_require__(2955);
;// CONCATENATED MODULE: ./src/act/apply.ts



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
    const started = await (0,concurrency/* mapLimit */.s)(plans, options.maxConcurrency, (plan) => startOne(plan, options));
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
        deploymentId = service ? (0,service_connect/* primaryDeployment */.sg)(service)?.id : undefined;
    }
    catch (error) {
        return settled({
            ...outcome,
            status: 'failed',
            error: `UpdateService failed: ${(0,errors/* errorText */.kc)(error)}. Nothing changed: ${KEPT}.`
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
    options.onStarted?.(plan.name, deploymentId);
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
                rollout: rollout.rolledBack ? 'rolled-back' : 'failed',
                error: rollout.reason,
                events: rollout.events
            };
        case 'timed-out':
        case 'cancelled':
            outcome.log.push(rollout.reason);
            return { ...outcome, status: 'failed', rollout: rollout.state, error: rollout.reason };
    }
}

// EXTERNAL MODULE: ./src/inputs/arn.ts
var inputs_arn = __webpack_require__(5406);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/checks/certificate.ts
var certificate = __webpack_require__(9410);
;// CONCATENATED MODULE: ./src/report/ca-file.ts
/** Writes the CA certificate and chain to a file later steps can hand to `--cacert`. */




async function writeCaFile(ca, directory = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)()) {
    const folder = (0,external_node_path_.join)(directory, 'ecs-service-connect-tls');
    await (0,promises_.mkdir)(folder, { recursive: true });
    const path = (0,external_node_path_.join)(folder, `${ca.arn.slice(ca.arn.lastIndexOf('/') + 1)}.pem`);
    await (0,promises_.writeFile)(path, (0,certificate/* pemBundle */.xI)(ca.certificatePem, ca.chainPem));
    return path;
}

// EXTERNAL MODULE: ./src/plan/modes.ts + 2 modules
var modes = __webpack_require__(5131);
;// CONCATENATED MODULE: ./src/checks/ca.ts
/** The certificate authority as read from ACM-PCA, and the checks that need no other call. */

/** ECS's managed policy may use the CA only when it carries this tag (ECS developer guide). */
const ECS_MANAGED_TAG = 'AmazonECSManaged';
function caStatusFindings(ca, rules) {
    const findings = [];
    if (ca.status !== 'ACTIVE')
        findings.push({
            severity: 'error',
            code: 'ca-not-active',
            message: `certificate authority is ${ca.status}, not ACTIVE: ECS cannot issue certificates from it`,
            expected: 'ACTIVE',
            found: ca.status
        });
    const daysLeft = (0,certificate/* daysBetween */.YM)(rules.now, new Date(ca.notAfter));
    const left = `${Math.max(0, Math.floor(daysLeft))} days (until ${ca.notAfter})`;
    if (daysLeft < rules.errorDays)
        findings.push({
            severity: 'error',
            code: 'ca-expiring',
            message: `CA certificate is valid for only ${left}; renew it before relying on it`,
            expected: `at least ${rules.errorDays} days`,
            found: left
        });
    else if (daysLeft < rules.warnDays)
        findings.push({
            severity: 'warning',
            code: 'ca-expiring-soon',
            message: `CA certificate is valid for ${left}; plan its renewal`,
            expected: `at least ${rules.warnDays} days`,
            found: left
        });
    return findings;
}

;// CONCATENATED MODULE: ./src/checks/preflight.ts


const TLS_MANAGED_POLICY_ARN = 'arn:aws:iam::aws:policy/service-role/AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity';
function caFindings(ca, context) {
    const findings = caStatusFindings(ca, context);
    if (ca.usageMode === 'GENERAL_PURPOSE')
        findings.push({
            severity: 'notice',
            code: 'ca-general-purpose',
            message: 'the CA is in general-purpose mode; short-lived certificate mode is recommended for Service Connect TLS and costs less per certificate',
            found: ca.usageMode
        });
    if (ca.tags && ca.tags[ECS_MANAGED_TAG] !== 'true')
        findings.push({
            severity: 'error',
            code: 'ca-not-tagged',
            message: `the CA lacks the tag ${ECS_MANAGED_TAG}=true, without which ECS's managed policy cannot use it. Add it with: aws acm-pca tag-certificate-authority --certificate-authority-arn ${ca.arn} --tags Key=${ECS_MANAGED_TAG},Value=true`,
            expected: `${ECS_MANAGED_TAG}=true`,
            found: ca.tags[ECS_MANAGED_TAG] === undefined
                ? '(no tag)'
                : `${ECS_MANAGED_TAG}=${ca.tags[ECS_MANAGED_TAG]}`
        });
    const arn = (0,inputs_arn/* parseArn */.Lw)(ca.arn);
    if (arn && context.clusterRegion && arn.region !== context.clusterRegion)
        findings.push({
            severity: 'warning',
            code: 'ca-other-region',
            message: `the CA is in Region ${arn.region}, the cluster in ${context.clusterRegion}`,
            expected: context.clusterRegion,
            found: arn.region
        });
    if (arn && context.clusterAccount && arn.account !== context.clusterAccount)
        findings.push({
            severity: 'warning',
            code: 'ca-other-account',
            message: `the CA belongs to account ${arn.account}, the cluster to ${context.clusterAccount}; the CA must be shared with the cluster's account`,
            expected: context.clusterAccount,
            found: arn.account
        });
    return findings;
}
function kmsFindings(key) {
    if (!key)
        return [
            { severity: 'error', code: 'kms-key-missing', message: 'KMS DescribeKey returned no key' }
        ];
    const rules = [
        [key.Enabled === true, 'kms-key-disabled', 'enabled', key.KeyState ?? 'disabled'],
        [
            key.KeySpec === 'SYMMETRIC_DEFAULT',
            'kms-key-not-symmetric',
            'SYMMETRIC_DEFAULT',
            key.KeySpec ?? '(none)'
        ],
        [
            key.KeyUsage === 'ENCRYPT_DECRYPT',
            'kms-key-wrong-usage',
            'ENCRYPT_DECRYPT',
            key.KeyUsage ?? '(none)'
        ]
    ];
    return rules
        .filter(([ok]) => !ok)
        .map(([, code, expected, found]) => ({
        severity: 'error',
        code,
        message: `the KMS key cannot protect Service Connect TLS private keys: ECS needs an enabled symmetric encryption key`,
        expected,
        found
    }));
}
const asList = (value) => value === undefined ? [] : Array.isArray(value) ? value : [value];
/** True when the trust policy allows ecs.amazonaws.com to assume the role. */
function trustsEcs(trustPolicy) {
    let document;
    try {
        document = JSON.parse(trustPolicy);
    }
    catch {
        return false;
    }
    const statements = Array.isArray(document.Statement)
        ? document.Statement
        : document.Statement
            ? [document.Statement]
            : [];
    // IAM action names are case-insensitive; an unconditional Deny wins over any Allow.
    const aboutEcs = (statement) => asList(statement.Principal?.Service).includes('ecs.amazonaws.com') &&
        asList(statement.Action).some((action) => /^(sts:assumerole|sts:\*|\*)$/i.test(action));
    if (statements.some((statement) => statement.Effect === 'Deny' && statement.Condition === undefined && aboutEcs(statement)))
        return false;
    return statements.some((statement) => statement.Effect === 'Allow' && aboutEcs(statement));
}
function roleFindings(role) {
    const findings = [];
    if (!trustsEcs(role.trustPolicy))
        findings.push({
            severity: 'error',
            code: 'role-not-trusted',
            message: 'the role does not let ecs.amazonaws.com assume it (sts:AssumeRole in its trust policy), so ECS cannot use it',
            expected: 'Principal.Service ecs.amazonaws.com with sts:AssumeRole',
            found: 'no such statement'
        });
    // Compared without the partition, so aws-cn and aws-us-gov ARNs match too.
    const policy = TLS_MANAGED_POLICY_ARN.slice('arn:aws'.length);
    if (!role.attachedPolicyArns.some((arn) => arn.endsWith(policy)))
        findings.push({
            severity: 'warning',
            code: 'role-policy-missing',
            message: 'the managed policy AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity is not attached; an inline policy may still grant what ECS needs',
            expected: TLS_MANAGED_POLICY_ARN,
            found: role.attachedPolicyArns.join(', ') || '(none)'
        });
    return findings;
}
/** Per-service checks: deployment controller, network mode, named port mappings. */
function serviceFindings(target, taskDefinition) {
    const findings = [];
    const service = target.name;
    const controller = target.service.deploymentController?.type ?? 'ECS';
    if (controller !== 'ECS')
        findings.push({
            severity: 'error',
            code: 'deployment-controller',
            service,
            message: `Service Connect TLS needs the ECS deployment controller; this service uses ${controller}`,
            expected: 'ECS',
            found: controller
        });
    if (!taskDefinition)
        return findings;
    const networkMode = taskDefinition.networkMode ?? 'bridge';
    if (networkMode !== 'awsvpc')
        findings.push({
            severity: 'error',
            code: 'network-mode',
            service,
            message: `Service Connect TLS supports only the awsvpc network mode; task definition ${taskDefinition.family ?? ''}:${taskDefinition.revision ?? ''} uses ${networkMode}`,
            expected: 'awsvpc',
            found: networkMode
        });
    const named = new Set((taskDefinition.containerDefinitions ?? []).flatMap((container) => (container.portMappings ?? []).flatMap((mapping) => (mapping.name ? [mapping.name] : []))));
    for (const port of target.chosen)
        if (!named.has(port))
            findings.push({
                severity: 'error',
                code: 'port-not-in-task-definition',
                service,
                port,
                message: `port name "${port}" is not a named port mapping in the task definition of the PRIMARY deployment`,
                expected: `a portMappings entry named "${port}"`,
                found: [...named].join(', ') || '(no named port mappings)'
            });
    return findings;
}
function skippedCheck(what, permission, error) {
    return {
        severity: 'warning',
        code: 'check-skipped',
        message: `${what} was not checked: the caller may not call ${permission} (${error}). Grant it to enable this check.`
    };
}

;// CONCATENATED MODULE: ./src/read/target.ts

const TURN_ON_SC = 'TLS encrypts Service Connect traffic, so turn Service Connect on for this service first ' +
    '(console, or update-service --service-connect-configuration), then run this again';
function resolveTarget(read, cluster, portNames) {
    const { name, service } = read;
    if (!service)
        return {
            ok: false,
            name,
            code: 'service-missing',
            reason: `service "${name}" was not found in cluster "${cluster}" (DescribeServices: MISSING)`
        };
    const serviceArn = service.serviceArn ?? name;
    const fail = (code, reason) => ({
        ok: false,
        name,
        serviceArn,
        code,
        reason
    });
    if (service.status !== 'ACTIVE')
        return fail('service-inactive', `service "${name}" is ${service.status ?? 'in an unknown state'}, not ACTIVE`);
    const primary = (0,service_connect/* primaryDeployment */.sg)(service);
    const config = primary?.serviceConnectConfiguration;
    if (!config)
        return fail('no-service-connect', `service "${name}" does not use Service Connect (its PRIMARY deployment has no Service Connect configuration). ${TURN_ON_SC}`);
    if (!config.enabled)
        return fail('no-service-connect', `service "${name}" has Service Connect turned off (enabled: false). ${TURN_ON_SC}`);
    const entries = config.services ?? [];
    if (entries.length === 0)
        return fail('no-service-entries', `service "${name}" uses Service Connect as a client only (no services[] entries): there is no endpoint to put TLS on`);
    const choice = (0,service_connect/* chooseEntries */.yu)(entries, portNames);
    if ('unknown' in choice) {
        const present = entries.map((entry) => entry.portName).join(', ');
        return fail('unknown-port', `service "${name}" has no Service Connect entry with port name ${choice.unknown.map((p) => `"${p}"`).join(', ')} (it has: ${present}); check "port-names"`);
    }
    return { ok: true, name, serviceArn, service, config, chosen: choice.chosen };
}

;// CONCATENATED MODULE: ./src/read/read.ts






/** Days under which the CA's remaining validity is an error in apply and plan. */
const MIN_CA_DAYS_TO_APPLY = 7;
/**
 * The services to work on, described once. `service: '*'` lists the cluster and keeps every
 * ACTIVE service with Service Connect entries on its PRIMARY deployment.
 */
async function selectServices(ecs, inputs) {
    if (!inputs.services.all) {
        const { names } = inputs.services;
        return { names, found: (await ecs.describeServices(inputs.cluster, names)).found };
    }
    const listed = (await ecs.listServiceArns(inputs.cluster)).map(inputs_arn/* nameOf */.Vb);
    const { found } = await ecs.describeServices(inputs.cluster, listed);
    const names = listed.filter((name) => {
        const service = found.get(name);
        const config = service && (0,service_connect/* primaryDeployment */.sg)(service)?.serviceConnectConfiguration;
        return (service?.status === 'ACTIVE' && config?.enabled === true && (config.services?.length ?? 0) > 0);
    });
    return { names, found };
}
async function orSkip(what, permission, read) {
    try {
        return await read();
    }
    catch (error) {
        if ((0,errors/* isAccessDenied */.w7)(error))
            return skippedCheck(what, permission, (0,errors/* errorText */.kc)(error));
        return {
            severity: 'error',
            code: 'read-failed',
            message: `${what} could not be read: ${(0,errors/* errorText */.kc)(error)}`
        };
    }
}
/**
 * apply and plan need the CA (its details are outputs, its checks guard the write), so a CA
 * that cannot be read stops them. verify reports it as a finding, like the other checks.
 */
function readCa(caArn, pca, asFinding) {
    const read = async () => (await pca()).readCertificateAuthority(caArn, true);
    if (asFinding)
        return orSkip(`The certificate authority ${caArn}`, 'acm-pca:DescribeCertificateAuthority, acm-pca:GetCertificateAuthorityCertificate and acm-pca:ListTags', read);
    return read().catch((error) => {
        throw new Error(`Could not read the certificate authority ${caArn}: ${(0,errors/* errorText */.kc)(error)}. Nothing was changed.`);
    });
}
const isFinding = (value) => typeof value === 'object' && value !== null && 'severity' in value && 'code' in value;
async function readWorld(inputs, gateways) {
    const { ecs, pca, kms, iam } = gateways;
    const { caArn, kmsKey, roleArn } = inputs;
    // The ECS read goes first; the other clients load while it is on the wire.
    const selecting = selectServices(ecs, inputs);
    const caRead = caArn && pca ? readCa(caArn, pca, inputs.mode === 'verify') : undefined;
    // Settle the CA read even if listing fails, so no promise is left unhandled.
    caRead?.catch(() => undefined);
    const keyRead = kmsKey && kms
        ? orSkip('The KMS key', 'kms:DescribeKey', async () => (await kms()).describeKey(kmsKey))
        : undefined;
    const roleRead = roleArn && iam
        ? orSkip('The infrastructure role', 'iam:GetRole and iam:ListAttachedRolePolicies', async () => (await iam()).readRole((0,inputs_arn/* nameOf */.Vb)(roleArn)))
        : undefined;
    const { names, found } = await selecting;
    const targets = names.map((name) => {
        const service = found.get(name);
        return resolveTarget(service ? { name, service } : { name }, inputs.cluster, inputs.portNames);
    });
    const sharedFindings = [];
    const [caOrFinding, key, role, taskDefinitions] = await Promise.all([
        caRead,
        keyRead,
        roleRead,
        readTaskDefinitions(ecs, targets)
    ]);
    const ca = isFinding(caOrFinding) ? undefined : caOrFinding;
    if (isFinding(caOrFinding))
        sharedFindings.push(caOrFinding);
    const anyService = targets.find((target) => target.ok);
    const clusterArn = (0,inputs_arn/* parseArn */.Lw)(inputs.cluster) ?? (anyService?.ok ? (0,inputs_arn/* parseArn */.Lw)(anyService.serviceArn) : undefined);
    if (ca)
        sharedFindings.push(...caFindings(ca, {
            now: new Date(),
            errorDays: inputs.mode === 'verify' ? inputs.minCaValidityDays : MIN_CA_DAYS_TO_APPLY,
            warnDays: Math.max(inputs.minCaValidityDays, MIN_CA_DAYS_TO_APPLY),
            ...(clusterArn
                ? { clusterRegion: clusterArn.region, clusterAccount: clusterArn.account }
                : {})
        }));
    if (key !== undefined)
        sharedFindings.push(...(isFinding(key) ? [key] : kmsFindings(key)));
    if (role !== undefined)
        sharedFindings.push(...(isFinding(role) ? [role] : roleFindings(role)));
    const perService = new Map();
    for (const target of targets) {
        if (!target.ok)
            continue;
        const taskDefinition = taskDefinitions.get((0,service_connect/* primaryDeployment */.sg)(target.service)?.taskDefinition ?? '');
        perService.set(target.name, isFinding(taskDefinition) ? [taskDefinition] : serviceFindings(target, taskDefinition));
    }
    return { targets, ...(ca ? { ca } : {}), sharedFindings, serviceFindings: perService };
}
/** One DescribeTaskDefinition per distinct task definition, not per service. */
async function readTaskDefinitions(ecs, targets) {
    const arns = new Set(targets.flatMap((target) => {
        const arn = target.ok ? (0,service_connect/* primaryDeployment */.sg)(target.service)?.taskDefinition : undefined;
        return arn ? [arn] : [];
    }));
    // A fleet may have a task definition per service: keep the burst modest.
    const entries = await (0,concurrency/* mapLimit */.s)([...arns], 10, async (arn) => {
        const read = await orSkip(`Task definition ${arn}`, 'ecs:DescribeTaskDefinition', () => ecs.describeTaskDefinition(arn));
        return [arn, read];
    });
    return new Map(entries);
}

// EXTERNAL MODULE: ./src/report/outcome.ts
var report_outcome = __webpack_require__(5066);
// EXTERNAL MODULE: ./src/report/result.ts
var report_result = __webpack_require__(5781);
;// CONCATENATED MODULE: ./src/report/outputs.ts
/** Pure: the step outputs, as strings, from a run's result. */


function serviceEntry(outcome) {
    return {
        service: outcome.name,
        serviceArn: outcome.serviceArn ?? null,
        status: outcome.status,
        ...(outcome.deploymentId ? { deploymentId: outcome.deploymentId } : {}),
        ...(outcome.rollout ? { rollout: outcome.rollout } : {}),
        ports: (0,report_outcome/* tlsAfterRun */.r)(outcome).map((port, index) => ({
            portName: port.portName,
            tls: port.tls ?? null,
            changed: outcome.ports[index]?.changed ?? false
        })),
        ...(outcome.error ? { error: outcome.error } : {}),
        ...(outcome.events?.length ? { events: outcome.events } : {}),
        ...(outcome.findings.length ? { findings: outcome.findings } : {})
    };
}
function verifyReport(result) {
    return {
        compliant: (0,report_result/* isCompliant */.M)(result),
        findings: result.findings,
        services: result.outcomes.map((outcome) => ({
            service: outcome.name,
            serviceArn: outcome.serviceArn ?? null,
            compliant: outcome.status === 'compliant',
            ports: (0,report_outcome/* tlsAfterRun */.r)(outcome).map((port) => ({
                portName: port.portName,
                tls: port.tls ?? null
            })),
            findings: outcome.findings
        }))
    };
}
function outputsFor(result) {
    const outputs = {
        services: JSON.stringify(result.outcomes.map(serviceEntry)),
        'kms-key': result.kmsKey ?? '',
        'role-arn': result.roleArn ?? ''
    };
    if (result.mode === 'apply') {
        const started = result.outcomes.flatMap((outcome) => outcome.deploymentId ? [outcome.deploymentId] : []);
        outputs.changed = String(started.length > 0 || result.outcomes.some((outcome) => outcome.status === 'updated'));
        outputs['deployment-ids'] = JSON.stringify(started);
    }
    else if (result.mode === 'plan') {
        outputs.changed = String(result.outcomes.some((outcome) => outcome.status === 'would-update'));
    }
    else {
        outputs.compliant = String((0,report_result/* isCompliant */.M)(result));
        outputs.report = JSON.stringify(verifyReport(result));
    }
    if (result.definitionFile)
        outputs['service-definition-file'] = result.definitionFile;
    const ca = result.ca;
    if (ca) {
        Object.assign(outputs, {
            'ca-arn': ca.arn,
            'ca-certificate': ca.certificatePem,
            'ca-certificate-chain': ca.chainPem,
            'ca-certificate-file': result.caFile ?? '',
            'ca-subject': ca.subject,
            'ca-serial-number': ca.serialNumber,
            'ca-not-before': ca.notBefore,
            'ca-not-after': ca.notAfter,
            'ca-fingerprint-sha256': ca.fingerprintSha256,
            'ca-status': ca.status,
            'ca-type': ca.type,
            'ca-usage-mode': ca.usageMode,
            'ca-key-algorithm': ca.keyAlgorithm
        });
    }
    return outputs;
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/report/report.ts
/** Tells the runner what happened: log groups, annotations, outputs and the job summary. */



function annotate(finding, demote) {
    const where = [finding.service, finding.port].filter(Boolean).join(' / ');
    const detail = finding.expected !== undefined
        ? ` (expected ${finding.expected}, found ${finding.found ?? '(none)'})`
        : '';
    const text = `${where ? `${where}: ` : ''}${finding.message}${detail}`;
    const properties = { title: `Service Connect TLS (${finding.code})` };
    if (finding.severity === 'error' && !demote)
        core/* error */.z3(text, properties);
    else if (finding.severity === 'notice')
        core/* notice */.lm(text, properties);
    else
        core/* warning */.$e(text, properties);
}
async function report(result, options) {
    for (const outcome of result.outcomes) {
        core/* startGroup */.Oh(`${outcome.name}: ${outcome.status}`);
        for (const line of outcome.log)
            core/* info */.pq(line);
        if (outcome.error)
            core/* info */.pq(`Error: ${outcome.error}`);
        core/* endGroup */.N4();
    }
    for (const finding of result.findings)
        annotate(finding, options.demoteErrors);
    for (const outcome of result.outcomes) {
        for (const finding of outcome.findings)
            annotate(finding, options.demoteErrors);
        const explained = outcome.findings.some((finding) => finding.severity === 'error');
        if (outcome.status === 'failed' && outcome.error && !explained)
            core/* error */.z3(`${outcome.name}: ${outcome.error}`, { title: 'Service Connect TLS' });
    }
    for (const [name, value] of Object.entries(outputsFor(result)))
        core/* setOutput */.uH(name, value);
    // Outside a runner (a local try-out) there is no summary file to write to.
    if (process.env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw((0,summary/* renderSummary */.B)(result)).write();
}

;// CONCATENATED MODULE: ./src/act/rollout.ts
/**
 * Pure: where one deployment stands. Unlike the SDK's ServicesStable waiter, it looks at the
 * deployment this run started: a circuit-breaker rollback also ends with one stable
 * deployment, just not ours.
 */
function judgeDeployment(service, deploymentId) {
    if (!service)
        return {
            state: 'failed',
            reason: 'the service is no longer found (MISSING)',
            rolledBack: false
        };
    if (service.status !== 'ACTIVE')
        return {
            state: 'failed',
            reason: `the service is ${service.status ?? 'gone'} while deploying`,
            rolledBack: false
        };
    const deployments = service.deployments ?? [];
    const ours = deployments.find((deployment) => deployment.id === deploymentId);
    const primary = deployments.find((deployment) => deployment.status === 'PRIMARY');
    const rolledBack = primary !== undefined && primary.id !== deploymentId;
    if (ours?.rolloutState === 'FAILED') {
        const why = ours.rolloutStateReason ? `: ${ours.rolloutStateReason}` : '';
        return {
            state: 'failed',
            reason: `deployment ${deploymentId} failed${why}${rollbackNote(primary?.id, deploymentId)}`,
            rolledBack
        };
    }
    if (!ours || ours.status !== 'PRIMARY') {
        // ECS may already have drained the failed deployment; its event still says why.
        const said = service.events?.find((event) => event.message?.includes(deploymentId) && /fail/i.test(event.message))?.message;
        return {
            state: 'failed',
            reason: `deployment ${deploymentId} is no longer the PRIMARY deployment${said ? ` (${said})` : ''}${rollbackNote(primary?.id, deploymentId)}`,
            rolledBack
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
                    ...judgement,
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

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The pipeline: inputs → targets → read → plan → act → report. Inputs are validated before
 * any AWS code is even loaded; each mode gets only the gateways it may use.
 */










async function loadGateways(inputs) {
    const ecs = await Promise.all(/* import() */[__webpack_require__.e(377), __webpack_require__.e(212), __webpack_require__.e(32)]).then(__webpack_require__.bind(__webpack_require__, 1032));
    const client = ecs.createEcsClient((0,inputs_arn/* parseArn */.Lw)(inputs.cluster)?.region);
    const read = { ecs: ecs.createEcsReader(client) };
    const { caArn, kmsKey } = inputs;
    // Each client is its own bundle chunk, loaded only when this run needs it.
    if (caArn)
        read.pca = async () => (await Promise.all(/* import() */[__webpack_require__.e(265), __webpack_require__.e(293)]).then(__webpack_require__.bind(__webpack_require__, 9293))).createPcaReader(caArn);
    if (kmsKey)
        read.kms = async () => (await Promise.all(/* import() */[__webpack_require__.e(377), __webpack_require__.e(632), __webpack_require__.e(552)]).then(__webpack_require__.bind(__webpack_require__, 6552))).createKmsReader(kmsKey);
    const region = (0,inputs_arn/* parseArn */.Lw)(inputs.cluster)?.region ?? (caArn ? (0,inputs_arn/* parseArn */.Lw)(caArn)?.region : undefined);
    if (inputs.roleArn)
        read.iam = async () => (await Promise.all(/* import() */[__webpack_require__.e(377), __webpack_require__.e(764), __webpack_require__.e(84)]).then(__webpack_require__.bind(__webpack_require__, 1084))).createIamReader(region);
    return inputs.mode === 'apply' ? { read, writer: ecs.createEcsWriter(client) } : { read };
}
async function applyMode(world, inputs, reader, writer, signal) {
    const { plans, findings } = (0,modes/* plansFor */.iV)(world, inputs);
    const watcher = inputs.wait.enabled
        ? new RolloutWatcher({
            describe: async (names) => (await reader.describeServices(inputs.cluster, names)).found,
            pollMs: inputs.wait.pollMs,
            timeoutMs: inputs.wait.timeoutMs,
            signal,
            onRound: (read, stillInProgress) => {
                core/* info */.pq(`Checked ${read} deployment(s): ${stillInProgress} still in progress`);
            },
            onError: (error) => {
                core/* warning */.$e(`Could not read the services while waiting (will retry): ${(0,errors/* errorText */.kc)(error)}`);
            }
        })
        : undefined;
    const outcomes = await applyPlans(plans, {
        cluster: inputs.cluster,
        writer,
        ...(watcher ? { watcher } : {}),
        maxConcurrency: inputs.maxConcurrency,
        signal,
        onStarted: (service, deploymentId) => {
            core/* info */.pq(`${service}: deployment ${deploymentId} started`);
        }
    });
    return outcomes.map((outcome) => ({ ...outcome, findings: findings.get(outcome.name) ?? [] }));
}
async function runLive(inputs, signal) {
    const gateways = await loadGateways(inputs);
    const world = await readWorld(inputs, gateways.read);
    const result = {
        mode: inputs.mode,
        cluster: inputs.cluster,
        outcomes: [],
        findings: world.sharedFindings,
        ...(world.ca ? { ca: world.ca } : {}),
        ...(inputs.kmsKey ? { kmsKey: inputs.kmsKey } : {}),
        ...(inputs.roleArn ? { roleArn: inputs.roleArn } : {}),
        diffs: new Map()
    };
    if (inputs.mode === 'verify')
        result.outcomes = (0,modes/* verifyMode */.RV)(world, inputs);
    else if (inputs.mode === 'plan')
        Object.assign(result, (0,modes/* planMode */.lG)(world, inputs));
    else if (gateways.writer)
        result.outcomes = await applyMode(world, inputs, gateways.read.ecs, gateways.writer, signal);
    if (signal.aborted)
        result.cancelled = true;
    return result;
}
/** Why the step fails, or undefined when it succeeds. */
function failureOf(result) {
    const failed = result.outcomes
        .filter((outcome) => outcome.status === 'failed')
        .map((outcome) => outcome.name);
    if (result.cancelled)
        return `The run was cancelled. ${failed.length} service(s) not finished: ${failed.join(', ')}`;
    if (result.mode === 'verify')
        return (0,report_result/* isCompliant */.M)(result)
            ? undefined
            : `Service Connect TLS is not compliant: ${result.outcomes
                .filter((outcome) => outcome.status !== 'compliant')
                .map((outcome) => outcome.name)
                .join(', ') || 'see the findings'}`;
    if ((0,report_result/* hasFailures */.Q)(result))
        return `${failed.length} of ${result.outcomes.length} service(s) failed: ${failed.join(', ')}`;
    return undefined;
}
/** Runs the pipeline on inputs that index.ts has already parsed and validated. */
async function run(inputs) {
    const controller = new AbortController();
    const cancel = () => {
        core/* warning */.$e('Cancellation requested: reporting the state of every service now.');
        controller.abort();
    };
    process.on('SIGINT', cancel);
    process.on('SIGTERM', cancel);
    try {
        const result = inputs.serviceDefinition
            ? await (await __webpack_require__.e(/* import() */ 449).then(__webpack_require__.bind(__webpack_require__, 1449))).runDefinitionFile(inputs)
            : await runLive(inputs, controller.signal);
        if (result.ca)
            result.caFile = await writeCaFile(result.ca);
        await report(result, { demoteErrors: inputs.mode === 'verify' && !inputs.failOnNoncompliant });
        if (inputs.githubToken && (inputs.mode === 'plan' || inputs.mode === 'verify'))
            await (await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(914)]).then(__webpack_require__.bind(__webpack_require__, 9533))).commentOnPullRequest(inputs.githubToken, result);
        const failure = failureOf(result);
        if (failure && inputs.mode === 'verify' && !inputs.failOnNoncompliant && !result.cancelled)
            core/* warning */.$e(`${failure} (fail-on-noncompliant is false, so the step passes)`);
        else if (failure)
            core/* setFailed */.C1(failure);
    }
    catch (error) {
        core/* setFailed */.C1((0,errors/* runErrorText */.JD)(error));
    }
    finally {
        process.off('SIGINT', cancel);
        process.off('SIGTERM', cancel);
    }
}


/***/ }),

/***/ 8256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ jsonDiff)
/* harmony export */ });
/* unused harmony export lineDiff */
/** Pure: a unified-style line diff, enough to show what a plan would change in a configuration. */
function edits(before, after) {
    // Longest common subsequence table; configurations are a few hundred lines at most.
    const rows = before.length;
    const cols = after.length;
    const lcs = Array.from({ length: rows + 1 }, () => new Array(cols + 1).fill(0));
    for (let i = rows - 1; i >= 0; i--)
        for (let j = cols - 1; j >= 0; j--) {
            const row = lcs[i];
            const below = lcs[i + 1];
            row[j] =
                before[i] === after[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
        }
    const result = [];
    let i = 0;
    let j = 0;
    while (i < rows || j < cols) {
        if (i < rows && j < cols && before[i] === after[j]) {
            result.push({ kind: ' ', line: before[i++] });
            j++;
        }
        else if (i < rows && (j === cols || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
            result.push({ kind: '-', line: before[i++] });
        }
        else {
            result.push({ kind: '+', line: after[j++] });
        }
    }
    return result;
}
/** Changed lines with `context` unchanged lines around them; '' when nothing differs. */
function lineDiff(beforeText, afterText, context = 3) {
    const all = edits(beforeText.split('\n'), afterText.split('\n'));
    const keep = new Set();
    all.forEach((edit, index) => {
        if (edit.kind === ' ')
            return;
        for (let k = Math.max(0, index - context); k <= Math.min(all.length - 1, index + context); k++)
            keep.add(k);
    });
    if (keep.size === 0)
        return '';
    const out = [];
    let last = -1;
    for (const index of [...keep].sort((a, b) => a - b)) {
        if (last !== -1 && index > last + 1)
            out.push('@@');
        const edit = all[index];
        out.push(`${edit.kind} ${edit.line}`);
        last = index;
    }
    return out.join('\n');
}
function jsonDiff(before, after) {
    return lineDiff(JSON.stringify(before, null, 2), JSON.stringify(after, null, 2));
}


/***/ }),

/***/ 5131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _p: () => (/* binding */ desiredTls),
  sG: () => (/* binding */ outcomeOf),
  lG: () => (/* binding */ planMode),
  iV: () => (/* binding */ plansFor),
  RV: () => (/* binding */ verifyMode)
});

// EXTERNAL MODULE: ./src/plan/diff.ts
var plan_diff = __webpack_require__(8256);
;// CONCATENATED MODULE: ./src/checks/findings.ts
const isError = (finding) => finding.severity === 'error';

// EXTERNAL MODULE: ./src/plan/plan.ts
var plan_plan = __webpack_require__(8720);
// EXTERNAL MODULE: ./src/plan/service-connect.ts
var service_connect = __webpack_require__(2955);
;// CONCATENATED MODULE: ./src/checks/verify.ts

const CHECKS = [
    { key: 'caArn', code: 'ca-mismatch', what: 'CA' },
    { key: 'kmsKey', code: 'kms-key-mismatch', what: 'KMS key' },
    { key: 'roleArn', code: 'role-mismatch', what: 'role' }
];
function verifyService(target, expect) {
    if (!target.ok)
        return {
            name: target.name,
            ...(target.serviceArn ? { serviceArn: target.serviceArn } : {}),
            ports: [],
            findings: [
                { severity: 'error', code: target.code, service: target.name, message: target.reason }
            ]
        };
    const findings = [];
    const ports = [];
    for (const entry of target.config.services ?? []) {
        const portName = entry.portName ?? '';
        if (!target.chosen.has(portName))
            continue;
        const tls = (0,service_connect/* tlsView */.HC)(entry.tls);
        ports.push(tls ? { portName, tls } : { portName });
        const where = { service: target.name, port: portName };
        if (!tls) {
            findings.push({
                severity: 'error',
                code: 'tls-missing',
                ...where,
                message: `port "${portName}" of service "${target.name}" has no TLS`,
                expected: 'a tls block',
                found: 'none'
            });
            continue;
        }
        for (const check of CHECKS) {
            const expected = expect[check.key];
            if (expected === undefined)
                continue;
            const found = tls[check.key] ?? '';
            if (found !== expected)
                findings.push({
                    severity: 'error',
                    code: check.code,
                    ...where,
                    message: `port "${portName}" of service "${target.name}" uses a different ${check.what}`,
                    expected,
                    found: found || '(none)'
                });
        }
    }
    return { name: target.name, serviceArn: target.serviceArn, ports, findings };
}

;// CONCATENATED MODULE: ./src/plan/modes.ts
/** What each mode makes of the world that was read: plans, diffs, verdicts. */




function desiredTls(inputs) {
    // parseInputs guarantees both in apply and plan.
    const desired = { caArn: inputs.caArn ?? '', roleArn: inputs.roleArn ?? '' };
    if (inputs.kmsKey)
        desired.kmsKey = inputs.kmsKey;
    return desired;
}
function blockers(world, name) {
    return [...world.sharedFindings, ...(world.serviceFindings.get(name) ?? [])].filter(isError);
}
/** Plans with preflight errors folded in: a service with an error is not written. */
function plansFor(world, inputs) {
    const desired = desiredTls(inputs);
    const plans = world.targets.map((target) => {
        const plan = (0,plan_plan/* planService */.$)(target, desired);
        const blocking = blockers(world, target.name);
        if (plan.error || blocking.length === 0)
            return plan;
        const codes = [...new Set(blocking.map((finding) => finding.code))].join(', ');
        return { ...plan, error: `preflight found ${blocking.length} error(s) (${codes})` };
    });
    return { plans, findings: world.serviceFindings };
}
function outcomeOf(plan, findings) {
    return {
        name: plan.name,
        ...(plan.serviceArn ? { serviceArn: plan.serviceArn } : {}),
        status: plan.error ? 'failed' : plan.changed ? 'would-update' : 'unchanged',
        ports: plan.ports,
        ...(plan.error ? { error: plan.error } : {}),
        findings,
        log: []
    };
}
function planMode(world, inputs) {
    const { plans, findings } = plansFor(world, inputs);
    const diffs = new Map();
    const outcomes = plans.map((plan) => {
        const outcome = outcomeOf(plan, findings.get(plan.name) ?? []);
        if (plan.changed && plan.before && plan.after) {
            const diff = (0,plan_diff/* jsonDiff */.G)(plan.before, plan.after);
            diffs.set(plan.name, diff);
            outcome.log.push('Would send UpdateService with this Service Connect configuration change:', diff);
        }
        else if (!plan.error)
            outcome.log.push('No change: TLS is already as requested.');
        return outcome;
    });
    return { outcomes, diffs };
}
function verifyMode(world, inputs) {
    const expect = {
        ...(inputs.caArn ? { caArn: inputs.caArn } : {}),
        ...(inputs.kmsKey ? { kmsKey: inputs.kmsKey } : {}),
        ...(inputs.roleArn ? { roleArn: inputs.roleArn } : {})
    };
    return world.targets.map((target) => {
        const verdict = verifyService(target, expect);
        const findings = [...verdict.findings, ...(world.serviceFindings.get(target.name) ?? [])];
        const compliant = !findings.some(isError);
        return {
            name: verdict.name,
            ...(verdict.serviceArn ? { serviceArn: verdict.serviceArn } : {}),
            status: compliant ? 'compliant' : 'noncompliant',
            ports: verdict.ports.map((port) => ({
                portName: port.portName,
                ...(port.tls ? { before: port.tls } : {}),
                changed: false
            })),
            findings,
            log: findings.map((finding) => `${finding.severity}: ${finding.port ? `${finding.port}: ` : ''}${finding.message}`)
        };
    });
}


/***/ }),

/***/ 8720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ planService)
/* harmony export */ });
/* unused harmony export portChanges */
/* harmony import */ var _service_connect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2955);

function portChanges(before, after) {
    const afterEntries = after.services ?? [];
    return (before.services ?? []).map((entry, index) => {
        const was = (0,_service_connect_js__WEBPACK_IMPORTED_MODULE_0__/* .tlsView */ .HC)(entry.tls);
        const will = (0,_service_connect_js__WEBPACK_IMPORTED_MODULE_0__/* .tlsView */ .HC)(afterEntries[index]?.tls);
        const change = { portName: entry.portName ?? '', changed: !(0,_service_connect_js__WEBPACK_IMPORTED_MODULE_0__/* .sameTls */ .uY)(was, will) };
        if (was)
            change.before = was;
        if (will)
            change.after = will;
        return change;
    });
}
function planService(target, desired) {
    if (!target.ok)
        return {
            name: target.name,
            ...(target.serviceArn ? { serviceArn: target.serviceArn } : {}),
            error: target.reason,
            ports: [],
            changed: false
        };
    const after = (0,_service_connect_js__WEBPACK_IMPORTED_MODULE_0__/* .withTls */ .eD)(target.config, desired, target.chosen);
    const ports = portChanges(target.config, after);
    return {
        name: target.name,
        serviceArn: target.serviceArn,
        ports,
        before: target.config,
        after,
        changed: ports.some((port) => port.changed)
    };
}


/***/ }),

/***/ 2955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ tlsView),
/* harmony export */   eD: () => (/* binding */ withTls),
/* harmony export */   sg: () => (/* binding */ primaryDeployment),
/* harmony export */   uY: () => (/* binding */ sameTls),
/* harmony export */   yu: () => (/* binding */ chooseEntries)
/* harmony export */ });
/* unused harmony export tlsBlock */
/**
 * The configuration ECS runs is on the PRIMARY deployment: `Service` itself has no
 * `serviceConnectConfiguration` (ECS API model, `Deployment` shape).
 */
function primaryDeployment(service) {
    return service.deployments?.find((deployment) => deployment.status === 'PRIMARY');
}
function tlsBlock(desired) {
    return {
        issuerCertificateAuthority: { awsPcaAuthorityArn: desired.caArn },
        ...(desired.kmsKey ? { kmsKey: desired.kmsKey } : {}),
        roleArn: desired.roleArn
    };
}
function tlsView(tls) {
    if (!tls)
        return undefined;
    const view = { caArn: tls.issuerCertificateAuthority?.awsPcaAuthorityArn ?? '' };
    if (tls.kmsKey)
        view.kmsKey = tls.kmsKey;
    if (tls.roleArn)
        view.roleArn = tls.roleArn;
    return view;
}
function sameTls(a, b) {
    if (!a || !b)
        return a === b;
    return (a.caArn === b.caArn &&
        (a.kmsKey ?? '') === (b.kmsKey ?? '') &&
        (a.roleArn ?? '') === (b.roleArn ?? ''));
}
/** Entries whose portName was chosen (all when `portNames` is empty), or the names not found. */
function chooseEntries(entries, portNames) {
    const present = entries.map((entry) => entry.portName ?? '');
    if (portNames.length === 0)
        return { chosen: new Set(present) };
    const unknown = portNames.filter((name) => !present.includes(name));
    return unknown.length > 0 ? { unknown } : { chosen: new Set(portNames) };
}
/**
 * The configuration with `tls` set on the chosen entries. Every other member, and the
 * order of keys, is kept: UpdateService replaces the whole configuration, so whatever is
 * dropped here would be deleted from the service.
 */
function withTls(config, desired, chosen) {
    if (!config.services)
        return config;
    const tls = tlsBlock(desired);
    return {
        ...config,
        services: config.services.map((entry) => chosen.has(entry.portName ?? '') ? { ...entry, tls: structuredClone(tls) } : entry)
    };
}


/***/ }),

/***/ 5066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ tlsAfterRun)
/* harmony export */ });
/** Each port's TLS once the run is over: the new block only where it was (or is being) deployed. */
function tlsAfterRun(outcome) {
    // Whatever started a deployment left the new block in place, unless ECS rolled it back.
    const deployed = outcome.status === 'updated' ||
        (outcome.deploymentId !== undefined && outcome.rollout !== 'rolled-back');
    return outcome.ports.map((port) => {
        const tls = deployed ? port.after : port.before;
        return tls ? { portName: port.portName, tls } : { portName: port.portName };
    });
}


/***/ }),

/***/ 5781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ isCompliant),
/* harmony export */   Q: () => (/* binding */ hasFailures)
/* harmony export */ });
/** Verify: compliant when no service and no shared resource has an error. */
function isCompliant(result) {
    return (result.outcomes.every((outcome) => outcome.status === 'compliant') &&
        result.findings.every((finding) => finding.severity !== 'error'));
}
function hasFailures(result) {
    return result.outcomes.some((outcome) => outcome.status === 'failed');
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary)
/* harmony export */ });
/* unused harmony export tlsText */
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5066);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5781);


/** Past this many, unchanged services fold into one line so a fleet's table stays readable. */
const FOLD_UNCHANGED_AFTER = 10;
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
const code = (text) => `\`${text}\``;
/** The resource ID of an ARN, UUIDs cut to their first block: enough to tell them apart. */
function lastSegment(arn) {
    const id = arn.slice(arn.lastIndexOf('/') + 1);
    return /^[0-9a-f]{8}-[0-9a-f-]{27}$/.test(id) ? `${id.slice(0, 8)}…` : id;
}
function tlsText(tls) {
    if (!tls)
        return 'none';
    const parts = [`CA ${code(lastSegment(tls.caArn))}`];
    parts.push(tls.kmsKey ? `KMS ${code(lastSegment(tls.kmsKey))}` : 'AWS-owned key');
    if (tls.roleArn)
        parts.push(`role ${code(lastSegment(tls.roleArn))}`);
    return parts.join(', ');
}
const ICONS = {
    updated: '✅ updated',
    unchanged: '➖ unchanged',
    failed: '❌ failed',
    'would-update': '📝 would update',
    compliant: '✅ compliant',
    noncompliant: '❌ noncompliant'
};
function resultText(outcome) {
    const rollout = outcome.rollout && outcome.rollout !== 'completed' ? ` (rollout ${outcome.rollout})` : '';
    const error = outcome.error ? `: ${outcome.error}` : '';
    return cell(`${ICONS[outcome.status]}${rollout}${error}`);
}
function serviceRows(outcome) {
    const deployment = outcome.deploymentId ? code(outcome.deploymentId) : '';
    if (outcome.ports.length === 0)
        return [`| ${cell(outcome.name)} | | | | ${deployment} | ${resultText(outcome)} |`];
    const after = (0,_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .tlsAfterRun */ .r)(outcome);
    return outcome.ports.map((port, index) => {
        const first = index === 0;
        // A plan's "after" is what apply would set; otherwise it is where the run left the port.
        const now = outcome.status === 'would-update' ? port.after : after[index]?.tls;
        return `| ${first ? cell(outcome.name) : ''} | ${cell(port.portName)} | ${tlsText(port.before)} | ${tlsText(now)} | ${first ? deployment : ''} | ${first ? resultText(outcome) : ''} |`;
    });
}
function changeTable(outcomes) {
    const unchanged = outcomes.filter((outcome) => outcome.status === 'unchanged');
    const fold = unchanged.length > FOLD_UNCHANGED_AFTER;
    const shown = fold ? outcomes.filter((outcome) => outcome.status !== 'unchanged') : outcomes;
    const lines = [
        '| Service | Port | TLS before | TLS after | Deployment | Result |',
        '| --- | --- | --- | --- | --- | --- |',
        ...shown.flatMap(serviceRows)
    ];
    if (fold)
        lines.push(`| ${unchanged.length} services | | | | | ➖ unchanged: ${cell(unchanged.map((outcome) => outcome.name).join(', '))} |`);
    return lines;
}
function findingRows(findings) {
    if (findings.length === 0)
        return [];
    return [
        '| | Service | Port | Finding | Expected | Found |',
        '| --- | --- | --- | --- | --- | --- |',
        ...findings.map((f) => `| ${f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️'} | ${cell(f.service ?? '')} | ${cell(f.port ?? '')} | ${cell(f.message)} | ${cell(f.expected ?? '')} | ${cell(f.found ?? '')} |`),
        ''
    ];
}
function complianceTable(outcomes) {
    return [
        '| Service | Port | TLS | Result |',
        '| --- | --- | --- | --- |',
        ...outcomes.flatMap((outcome) => {
            const ports = (0,_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .tlsAfterRun */ .r)(outcome);
            if (ports.length === 0)
                return [`| ${cell(outcome.name)} | | | ${resultText(outcome)} |`];
            return ports.map((port, index) => `| ${index === 0 ? cell(outcome.name) : ''} | ${cell(port.portName)} | ${tlsText(port.tls)} | ${index === 0 ? resultText(outcome) : ''} |`);
        })
    ];
}
function caTable(ca) {
    const rows = [
        ['ARN', code(ca.arn)],
        ['Subject', ca.subject],
        ['Status', ca.status],
        ['Type / usage', `${ca.type} / ${ca.usageMode}`],
        ['Key algorithm', ca.keyAlgorithm],
        ['Valid', `${ca.notBefore} → ${ca.notAfter}`],
        ['Serial number', code(ca.serialNumber)],
        ['SHA-256 fingerprint', code(ca.fingerprintSha256)]
    ];
    return [
        '### Certificate authority',
        '',
        '| | |',
        '| --- | --- |',
        ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`),
        ''
    ];
}
function counts(outcomes) {
    const tally = new Map();
    for (const outcome of outcomes)
        tally.set(outcome.status, (tally.get(outcome.status) ?? 0) + 1);
    return [...tally].map(([status, count]) => `${count} ${status}`).join(', ');
}
const TITLES = { apply: 'apply', plan: 'plan (nothing was changed)', verify: 'verify' };
function renderSummary(result) {
    const lines = [
        `## ECS Service Connect TLS: ${TITLES[result.mode]}`,
        '',
        `Cluster ${code(result.cluster || '(none: service definition file)')}; ${result.outcomes.length} service(s): ${counts(result.outcomes) || 'none'}.`,
        ''
    ];
    if (result.cancelled)
        lines.push('> [!WARNING]', '> The run was cancelled; states below are as they were at that moment.', '');
    const findings = [...result.findings, ...result.outcomes.flatMap((outcome) => outcome.findings)];
    if (result.mode === 'verify') {
        lines.push((0,_result_js__WEBPACK_IMPORTED_MODULE_1__/* .isCompliant */ .M)(result) ? '**Compliant.**' : '**Not compliant.**', '');
        lines.push(...findingRows(findings), ...complianceTable(result.outcomes), '');
    }
    else {
        lines.push(...findingRows(findings), ...changeTable(result.outcomes), '');
        for (const [service, diff] of result.diffs)
            lines.push(`<details><summary>${service}: Service Connect configuration, before → after</summary>`, '', '```diff', diff, '```', '', '</details>', '');
    }
    if (result.definitionFile)
        lines.push(`Service definition written to ${code(result.definitionFile)}.`, '');
    if (result.ca)
        lines.push(...caTable(result.ca));
    return lines.join('\n');
}


/***/ })

};
