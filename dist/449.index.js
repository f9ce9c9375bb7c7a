export const id = 449;
export const ids = [449];
export const modules = {

/***/ 1449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DefinitionError: () => (/* binding */ DefinitionError),
/* harmony export */   parseDefinition: () => (/* binding */ parseDefinition),
/* harmony export */   runDefinitionFile: () => (/* binding */ runDefinitionFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _plan_diff_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8256);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _plan_modes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5131);
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8720);
/* harmony import */ var _plan_service_connect_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2955);
/**
 * File mode: merge TLS into (or verify) a create-service / update-service input JSON, the kind
 * deployed with `--cli-input-json` or ecspresso. No AWS call is made.
 */








class DefinitionError extends Error {
    constructor(path, problem) {
        super(`Service definition file "${path}": ${problem}`);
        this.name = 'DefinitionError';
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function parseDefinition(path, text) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw new DefinitionError(path, `not valid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .kc)(error)})`);
    }
    if (!isObject(document))
        throw new DefinitionError(path, 'expected a JSON object');
    const config = document.serviceConnectConfiguration;
    if (!isObject(config))
        throw new DefinitionError(path, 'has no "serviceConnectConfiguration" object');
    const services = config.services;
    if (!Array.isArray(services) || services.length === 0)
        throw new DefinitionError(path, 'its serviceConnectConfiguration has no "services" entries to put TLS on');
    services.forEach((entry, index) => {
        if (!isObject(entry) || typeof entry.portName !== 'string')
            throw new DefinitionError(path, `serviceConnectConfiguration.services[${index}] has no "portName"`);
    });
    return document;
}
/** The file as a target, so the live path's plan and verify work on it unchanged. */
function fileTarget(path, definition, portNames) {
    const config = definition.serviceConnectConfiguration;
    const name = typeof definition.serviceName === 'string'
        ? definition.serviceName
        : typeof definition.service === 'string'
            ? definition.service
            : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path);
    if (config.enabled === false)
        return {
            ok: false,
            name,
            code: 'no-service-connect',
            reason: `Service definition file "${path}": Service Connect is turned off (enabled: false)`
        };
    const choice = (0,_plan_service_connect_js__WEBPACK_IMPORTED_MODULE_5__/* .chooseEntries */ .yu)(config.services ?? [], portNames);
    if ('unknown' in choice)
        return {
            ok: false,
            name,
            code: 'unknown-port',
            reason: `Service definition file "${path}": no Service Connect entry with port name ${choice.unknown.join(', ')}; check "port-names"`
        };
    return {
        ok: true,
        name,
        serviceArn: name,
        service: { serviceName: name },
        config,
        chosen: choice.chosen
    };
}
/** Two spaces unless the file shows another indentation. */
function indentationOf(text) {
    const match = /^[{[]\s*\n([ \t]+)\S/.exec(text);
    return match?.[1] ?? 2;
}
async function runDefinitionFile(inputs) {
    const spec = inputs.serviceDefinition;
    if (!spec)
        throw new Error('runDefinitionFile needs a service definition');
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(spec.path, 'utf8');
    }
    catch (error) {
        throw new DefinitionError(spec.path, `cannot be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .kc)(error)})`);
    }
    const definition = parseDefinition(spec.path, text);
    const target = fileTarget(spec.path, definition, inputs.portNames);
    const result = {
        mode: inputs.mode,
        cluster: '',
        outcomes: [],
        findings: [],
        diffs: new Map()
    };
    if (inputs.kmsKey)
        result.kmsKey = inputs.kmsKey;
    if (inputs.roleArn)
        result.roleArn = inputs.roleArn;
    if (inputs.mode === 'verify') {
        const world = { targets: [target], sharedFindings: [], serviceFindings: new Map() };
        result.outcomes = (0,_plan_modes_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyMode */ .RV)(world, inputs);
        return result;
    }
    const plan = (0,_plan_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .planService */ .$)(target, (0,_plan_modes_js__WEBPACK_IMPORTED_MODULE_3__/* .desiredTls */ ._p)(inputs));
    const outcome = (0,_plan_modes_js__WEBPACK_IMPORTED_MODULE_3__/* .outcomeOf */ .sG)(plan, []);
    if (plan.error || !plan.after) {
        result.outcomes = [outcome];
        return result;
    }
    const output = spec.output ??
        (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(spec.path, '.json')}.tls.json`);
    const merged = { ...definition, serviceConnectConfiguration: plan.after };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(output), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(output, `${JSON.stringify(merged, null, indentationOf(text))}\n`);
    outcome.log.push(`Wrote ${output}`);
    if (inputs.mode === 'apply')
        outcome.status = plan.changed ? 'updated' : 'unchanged';
    else if (plan.changed && plan.before)
        result.diffs.set(plan.name, (0,_plan_diff_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonDiff */ .G)(plan.before, plan.after));
    result.outcomes = [outcome];
    result.definitionFile = output;
    return result;
}


/***/ })

};
