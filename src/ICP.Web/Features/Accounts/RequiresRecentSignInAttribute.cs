using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ICP.Web.Features.Accounts;

/// <summary>
/// A change of credentials (password, second factor, recovery codes) needs the person to have
/// proved who they are in the last few minutes (<see cref="SessionWorkflow.RecentEnough"/>): a
/// session cookie alone, copied or left open, is not enough. Otherwise the request is sent to
/// "confirm it is you", which then leads back to <see cref="ReturnTo"/> (or this page).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresRecentSignInAttribute : Attribute, IAuthorizationFilter
{
    /// <summary>Where to go once confirmed, for an action that has no page of its own (a POST-only button).</summary>
    public string? ReturnTo { get; set; }

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return; // [Authorize] sends the visitor to sign in
        }

        if (context.HttpContext.RequestServices.GetRequiredService<SessionWorkflow>().IsRecent(user))
        {
            return;
        }

        var returnTo = ReturnTo ?? context.HttpContext.Request.Path.Value ?? "/account";
        context.Result = new RedirectResult("/account/confirm-identity?returnUrl=" + Uri.EscapeDataString(returnTo));
    }
}
