using Microsoft.AspNetCore.Mvc;

namespace ICP.Web.Configuration;

public static class MvcSetup
{
    public static IServiceCollection AddPortalMvc(this IServiceCollection services)
    {
        services.AddRouting(options =>
        {
            options.LowercaseUrls = true;
            options.LowercaseQueryStrings = false;
        });
        services.AddControllersWithViews(options =>
            {
                // Every unsafe request (POST, PUT, DELETE) must carry a valid antiforgery token.
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            })
            .AddViewLocalization();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ".ICP.Antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }
}
