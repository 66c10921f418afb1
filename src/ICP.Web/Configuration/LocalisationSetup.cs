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

/// <summary>
/// An interface language: its code, its name in itself (as the switcher lists it) and the language of
/// the European Commission logo shown with it (the EC publishes its logo in the EU's official
/// languages only, so Catalan pages carry the English one, as EC sites do for other languages).
/// </summary>
public sealed record PortalLanguage(string Code, string NativeName, string LogoLanguage);
