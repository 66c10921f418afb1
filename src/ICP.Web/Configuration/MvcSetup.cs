using ICP.Web.Mvc;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Configuration;

public static class MvcSetup
{
    public static IServiceCollection AddPortalMvc(this IServiceCollection services)
    {
        services.AddRouting(options =>
        {
            // Route templates are written in lowercase; generated links keep a value's case as the
            // views typed it before (the EU board is /admin/selection/EU, ADR 24).
            options.LowercaseUrls = false;
            options.LowercaseQueryStrings = false;
        });
        services.AddControllersWithViews(options =>
            {
                // Every unsafe request (POST, PUT, DELETE) must carry a valid antiforgery token.
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());

                // A write the database did not take (busy, locked, unavailable) is a 503 with
                // Retry-After, never the 500 page; actions with a form answer it themselves first.
                options.Filters.Add<DatabaseBusyFilter>();

                // A broken rule no action answered: 404 for what the person may not see, the
                // deadline page after the window, else 422 with the rule's message (DomainMessages).
                options.Filters.Add<RefusalFilter>();

                // FluentValidation is the one source of rules and messages: no implicit [Required] from nullability.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;

                // HEAD is answered wherever GET is (monitors and link checkers use it).
                options.Conventions.Add(new HeadLikeGetConvention());

                // What the URL names (an application, a step) is read from the URL, never from a form field of that name.
                options.Conventions.Add(new RouteValuesFromRouteOnly());

                // An empty field binds as "" to a non-nullable string, never as null.
                options.ModelMetadataDetailsProviders.Add(new NonNullableStringBinding());
            })
            .AddViewLocalization();

        // One-time notices travel one per redirect (?notice=id and its own cookie), so that two
        // tabs posting at once each see their own (MVC's provider keeps one cookie per browser).
        services.Replace(ServiceDescriptor.Singleton<ITempDataProvider, NoticeTempDataProvider>());
        // What the model binder says about a value it cannot read (e.g. "abc" for a date), in the reader's language.
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
        {
            var t = factory.Create(typeof(SharedResource));
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => t["The value '{0}' is not valid here.", value]);
            messages.SetUnknownValueIsInvalidAccessor(_ => t["This value is not valid here."]);
            messages.SetValueIsInvalidAccessor(value => t["The value '{0}' is not valid here.", value]);
            messages.SetValueMustBeANumberAccessor(_ => t["Enter a number."]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["The value '{0}' is not valid here.", value]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["This value is not valid here."]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => t["Enter a number."]);
            messages.SetMissingBindRequiredValueAccessor(_ => t["This value is required."]);
            messages.SetMissingKeyOrValueAccessor(() => t["This value is required."]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => t["This value is required."]);
            messages.SetValueMustNotBeNullAccessor(_ => t["This value is required."]);

            // A number field: say that a number is expected.
            options.ModelMetadataDetailsProviders.Add(new NumberBindingMessages(t));
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ".ICP.Antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }
}
