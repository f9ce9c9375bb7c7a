export const id = 914;
export const ids = [914];
export const modules = {

/***/ 9533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentBody: () => (/* binding */ commentBody),
/* harmony export */   commentMarker: () => (/* binding */ commentMarker),
/* harmony export */   commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2413);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7994);
/**
 * Posts the plan or the compliance table on the pull request, as one comment that later runs
 * update. Commenting is a courtesy: any failure is a warning, never a failed check.
 */




const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/** GitHub rejects comment bodies over 65,536 characters. */
const MAX_BODY = 65_000;
function commentMarker(result) {
    return `<!-- ecs-service-connect-tls mode=${result.mode} cluster=${result.cluster} -->`;
}
function commentBody(result) {
    const marker = commentMarker(result);
    const summary = (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderSummary */ .B)(result);
    const body = summary.length > MAX_BODY
        ? `${summary.slice(0, MAX_BODY)}\n\n…(cut; the job summary has it all)`
        : summary;
    return `${marker}\n${body}`;
}
async function commentOnPullRequest(token, result) {
    const { /* context */ "_": context } = _actions_github__WEBPACK_IMPORTED_MODULE_1__;
    const number = context.payload.pull_request?.number;
    if (!PULL_REQUEST_EVENTS.includes(context.eventName) || number === undefined)
        return;
    try {
        const octokit = _actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q(token);
        const where = { ...context.repo, issue_number: number };
        const marker = commentMarker(result);
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            ...where,
            per_page: 100
        });
        const existing = comments.find((comment) => comment.body?.startsWith(marker));
        const body = commentBody(result);
        if (existing)
            await octokit.rest.issues.updateComment({ ...context.repo, comment_id: existing.id, body });
        else
            await octokit.rest.issues.createComment({ ...where, body });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${existing ? 'Updated' : 'Posted'} the pull request comment on #${number}`);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not comment on pull request #${number} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorText */ .kc)(error)}). A token from a fork is read-only; give the job "pull-requests: write" to enable comments.`);
    }
}


/***/ })

};
