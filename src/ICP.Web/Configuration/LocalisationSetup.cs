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
        new("en", "English"),
        new("fr", "français"),
    ];

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

public sealed record PortalLanguage(string Code, string NativeName);
