export const id = 32;
export const ids = [32];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ clientSettings)
/* harmony export */ });
/* unused harmony export MAX_ATTEMPTS */
/**
 * Settings shared by every AWS client. Throttling and transient faults are left to the SDK's
 * adaptive retry strategy: it backs off on "Rate exceeded" and limits the client's own send
 * rate, which a fleet rollout needs and a home-made loop would only imitate.
 */
const MAX_ATTEMPTS = 8;
function clientSettings(region) {
    return {
        ...(region ? { region } : {}),
        retryMode: 'adaptive',
        maxAttempts: MAX_ATTEMPTS,
        customUserAgent: 'ecs-service-connect-tls-action'
    };
}


/***/ }),

/***/ 1032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DESCRIBE_BATCH: () => (/* binding */ DESCRIBE_BATCH),
/* harmony export */   createEcsClient: () => (/* binding */ createEcsClient),
/* harmony export */   createEcsReader: () => (/* binding */ createEcsReader),
/* harmony export */   createEcsWriter: () => (/* binding */ createEcsWriter)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(212);
/* harmony import */ var _inputs_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5406);
/* harmony import */ var _act_concurrency_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(536);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(201);
/**
 * The ECS gateway. Reading and writing are separate objects: plan and verify are handed an
 * `EcsReader`, which has no way to update a service.
 */




/** DescribeServices takes at most 10 services a call (ECS API model). */
const DESCRIBE_BATCH = 10;
function createEcsClient(region) {
    return new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .ECSClient */ .Zgc((0,_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .clientSettings */ .r)(region));
}
function createEcsReader(client) {
    return {
        async describeServices(cluster, services) {
            const found = new Map();
            const batches = (0,_act_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .chunk */ .i)(services, DESCRIBE_BATCH);
            await (0,_act_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .mapLimit */ .s)(batches, 5, async (batch) => {
                const output = await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .DescribeServicesCommand */ .H7c({ cluster, services: batch }));
                for (const service of output.services ?? []) {
                    const asked = batch.find((name) => name === service.serviceArn || (0,_inputs_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .nameOf */ .Vb)(name) === service.serviceName);
                    if (asked !== undefined)
                        found.set(asked, service);
                }
            });
            return { found };
        },
        async listServiceArns(cluster) {
            const arns = [];
            let nextToken;
            do {
                const output = await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .ListServicesCommand */ .qde({ cluster, maxResults: 100, ...(nextToken ? { nextToken } : {}) }));
                arns.push(...(output.serviceArns ?? []));
                nextToken = output.nextToken;
            } while (nextToken);
            return arns;
        },
        async describeTaskDefinition(taskDefinition) {
            const output = await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTaskDefinitionCommand */ .Zy$({ taskDefinition }));
            return output.taskDefinition;
        }
    };
}
function createEcsWriter(client) {
    return {
        async updateServiceConnect(cluster, service, serviceConnectConfiguration) {
            const output = await client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .UpdateServiceCommand */ .kZr({ cluster, service, serviceConnectConfiguration }));
            return output.service;
        }
    };
}


/***/ })

};
