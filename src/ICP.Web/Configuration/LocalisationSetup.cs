using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace ICP.Web.Configuration;

/// <summary>
/// The interface languages. English is the source language (the keys of the resources); every other
/// language has a complete Resources/SharedResource.{culture}.resx (a test checks it).
/// </summary>
public static class LocalisationSetup
{
    public const string CultureCookieName = ".ICP.Culture";

    public static IReadOnlyList<PortalLanguage> Languages { get; } =
    [
        new("en", "English", "en"),
        new("fr", "français", "fr"),
        new("ca", "català", "en"),
        new("es", "español", "es"),
    ];

    /// <summary>The language of a culture name ("es-ES" → es), or English when the portal does not speak it.</summary>
    public static PortalLanguage For(string? culture)
    {
        var code = string.IsNullOrWhiteSpace(culture) ? "en" : culture.Split('-')[0].ToLowerInvariant();
        return Languages.FirstOrDefault(l => l.Code == code) ?? Languages[0];
    }

    /// <summary>Remembers a visitor's language on this browser for a year (an essential cookie: the page's language).</summary>
    public static void AppendCultureCookie(this HttpResponse response, string culture) =>
        response.Cookies.Append(
            CultureCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = response.HttpContext.Request.IsHttps,
            });

    /// <summary>
    /// Whether the current request's language was chosen by the visitor (the query string or the
    /// cookie the language page sets) rather than guessed from the browser's Accept-Language.
    /// </summary>
    public static bool LanguageWasChosen(this HttpContext context) =>
        context.Features.Get<IRequestCultureFeature>()?.Provider is QueryStringRequestCultureProvider or CookieRequestCultureProvider;

    public static IServiceCollection AddPortalLocalisation(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Languages.Select(l => new CultureInfo(l.Code)).ToList();
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider { CookieName = CultureCookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }
}
