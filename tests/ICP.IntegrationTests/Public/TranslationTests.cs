using System.Net;
using FluentValidation;
using ICP.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ICP.IntegrationTests.Public;

/// <summary>Every public page rendered in each interface language finds every interface string it asks for.</summary>
public sealed class TranslationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, DateTimeOffset, string> PagesMomentsAndLanguages()
    {
        var data = new TheoryData<string, DateTimeOffset, string>();
        DateTimeOffset[] moments =
        [
            new(2021, 9, 1, 0, 0, 0, TimeSpan.Zero),     // before the call opens
            PortalFactory.InsideApplicationWindow,       // during the call
            new(2023, 6, 1, 0, 0, 0, TimeSpan.Zero),     // after the programme
        ];
        string[] pages = ["/", "/programme", "/themes", "/countries", "/timeline", "/apply", "/partnerships", "/results", "/language", "/privacy",
            "/cookies", "/legal-notice", "/accessibility", "/no-such-page"];
        foreach (var moment in moments)
        {
            foreach (var page in pages)
            {
                foreach (var culture in Languages.Translated)
                {
                    data.Add(page, moment, culture);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesMomentsAndLanguages))]
    public async Task PublicPage_InEachLanguage_HasNoMissingTranslation(string url, DateTimeOffset now, string culture)
    {
        portal.Clock.SetUtcNow(now);
        portal.MissingTranslations.Clear();
        var client = portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + culture);

        Assert.True(page.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound);
        Assert.Equal(culture, page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Empty(portal.MissingTranslations.Keys);
    }

    [Fact]
    public void EveryFormRule_HasAMessageOfItsOwn_NotFluentValidationsEnglishDefault()
    {
        // FluentValidation's defaults are English whatever the visitor's language, and name the C#
        // property ("'Country Code' must be 2 characters in length").
        using var scope = portal.Services.CreateScope();
        var validatorTypes = typeof(ICP.Web.SharedResource).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && !type.ContainsGenericParameters && typeof(IValidator).IsAssignableFrom(type))
            .ToList();
        var defaults = new List<string>();
        foreach (var type in validatorTypes)
        {
            var validator = (IValidator)ActivatorUtilities.CreateInstance(scope.ServiceProvider, type);
            defaults.AddRange(validator.CreateDescriptor().Rules
                .SelectMany(rule => rule.Components
                    .Where(component => component.GetUnformattedErrorMessage()?.Contains("{PropertyName}", StringComparison.Ordinal) == true)
                    .Select(component => $"{type.Name}.{rule.PropertyName}: {component.Validator.Name}")));
        }

        Assert.NotEmpty(validatorTypes);
        Assert.Empty(defaults);
    }
}
