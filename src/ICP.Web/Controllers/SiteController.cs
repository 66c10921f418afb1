using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Configuration;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ICP.Web.Controllers;

/// <summary>Pages every visitor may reach whatever the programme's state: language choice and errors.</summary>
public sealed class SiteController : Controller
{
    [HttpGet("/language")]
    public IActionResult Language(string? returnUrl) =>
        View(new LanguagePage(LocalisationSetup.Languages, SafeReturnUrl(returnUrl)));

    [HttpPost("/language")]
    public async Task<IActionResult> Language(string culture, string? returnUrl, [FromServices] UserManager<PortalUser> userManager)
    {
        if (LocalisationSetup.Languages.All(l => l.Code != culture))
        {
            return BadRequest();
        }

        // A signed-in person's e-mails follow the language they chose.
        if (User.Identity?.IsAuthenticated == true && await userManager.GetUserAsync(User) is { } user && user.PreferredCulture != culture)
        {
            user.PreferredCulture = culture;
            await userManager.UpdateAsync(user);
        }

        Response.AppendCultureCookie(culture);
        return LocalRedirect(SafeReturnUrl(returnUrl));
    }

    [HttpGet("/privacy")]
    public IActionResult Privacy() => View();

    [HttpGet("/cookies")]
    public IActionResult Cookies() => View();

    [HttpGet("/legal-notice")]
    public IActionResult LegalNotice() => View();

    [HttpGet("/accessibility")]
    public IActionResult Accessibility() => View();

    /// <summary>
    /// How to report a vulnerability (RFC 9116). Plain text, no localisation: the format is for
    /// machines and researchers. Its expiry moves with the clock (six months ahead), so a running
    /// portal never serves an expired file.
    /// </summary>
    [HttpGet("/.well-known/security.txt")]
    public IActionResult SecurityTxt([FromServices] IOptions<SecurityOptions> security, [FromServices] IOptions<PortalOptions> portal, [FromServices] TimeProvider clock)
    {
        var expires = clock.GetUtcNow().UtcDateTime.Date.AddDays(183);
        var lines = new List<string>
        {
            "Contact: " + security.Value.Contact,
            "Expires: " + expires.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            "Preferred-Languages: " + string.Join(", ", LocalisationSetup.Languages.Select(l => l.Code)),
        };
        if (portal.Value.BaseUri is { } baseUrl)
        {
            lines.Add($"Canonical: {baseUrl.AbsoluteUri.TrimEnd('/')}/.well-known/security.txt");
            lines.Add($"Policy: {baseUrl.AbsoluteUri.TrimEnd('/')}/privacy");
        }

        return Content(string.Join("\n", lines) + "\n", "text/plain; charset=utf-8");
    }

    [Route("/error/{statusCode:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Error()
    {
        // The status comes from the route, not from model binding: the page is re-executed for the
        // failed request, method and body included, and binding would read that body's form again;
        // an unreadable one left the status unbound (0), which this page turned into a 404.
        var statusCode = int.TryParse(RouteData.Values["statusCode"]?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 0;

        // The exception itself was logged by the exception handler; the visitor gets a reference only.
        Response.StatusCode = statusCode is >= 400 and < 600 ? statusCode : StatusCodes.Status404NotFound;
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is { } failure && DatabaseFailure.IsTemporary(failure))
        {
            // A busy or unavailable database outside an action (which DatabaseBusyFilter answers): "try again", not "something broke".
            DatabaseBusyAnswer.Apply(HttpContext);
        }

        return View("Error", new ErrorPage(Response.StatusCode, HttpContext.TraceIdentifier));
    }

    private string SafeReturnUrl(string? returnUrl) => ReturnUrls.Safe(Url, returnUrl, "/");
}
