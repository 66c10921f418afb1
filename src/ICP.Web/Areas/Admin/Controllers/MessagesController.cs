using ICP.Domain.Messaging;
using ICP.Web.Configuration;
using ICP.Web.Features.Messages;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>The e-mails the portal sent or is sending, with their delivery state.</summary>
[Route("admin/messages")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class MessagesController(MessageQueries queries, IStringLocalizer<SharedResource> t) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(DeliveryState? state, string? reference, CancellationToken cancellationToken) =>
        View(new MessagesPage(await queries.MessagesAsync(state, reference, cancellationToken), state, reference));

    [HttpPost("{id:long}/retry")]
    public async Task<IActionResult> Retry(long id, [FromServices] MessageWorkflow workflow, [FromServices] PortalRateLimits limits, CancellationToken cancellationToken)
    {
        await limits.EnsureAsync(HttpContext, RateLimitSetup.EmailPolicy, cancellationToken);
        switch (await workflow.RetryAsync(id, await WhoAsync(cancellationToken), cancellationToken))
        {
            case MessageRetry.NotFound:
                return NotFound();
            case MessageRetry.NotRetryable:
                TempData["Problem"] = t["This message cannot be sent again: it is not a failed message, or its content was removed after its links expired."].Value;
                break;
            default:
                TempData["Notice"] = t["The message will be sent again."].Value;
                break;
        }

        return RedirectToAction(nameof(Index));
    }
}
