using ICP.Infrastructure.Identity;
using ICP.Web.Configuration;
using ICP.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

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

        Response.Cookies.Append(
            LocalisationSetup.CultureCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
            });
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

    [Route("/error/{statusCode:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Error(int statusCode)
    {
        // The exception itself was logged by the exception handler; the visitor gets a reference only.
        Response.StatusCode = statusCode is >= 400 and < 600 ? statusCode : StatusCodes.Status404NotFound;
        return View("Error", new ErrorPage(Response.StatusCode, HttpContext.TraceIdentifier));
    }

    private string SafeReturnUrl(string? returnUrl) => ReturnUrls.Safe(Url, returnUrl, "/");
}

public sealed record LanguagePage(IReadOnlyList<PortalLanguage> Languages, string ReturnUrl);

public sealed record ErrorPage(int StatusCode, string TraceId);
