using ICP.Domain.Applications;
using ICP.Testing;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Public;

/// <summary>
/// What a URL names (the application, the step, the candidate) is read from the URL only: a form
/// field or a query value of the same name cannot change which object a request acts on.
/// </summary>
public sealed class RouteBindingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public void EveryActionParameterNamedLikeAValueOfItsRoute_IsBoundFromTheRouteOnly()
    {
        var actions = portal.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>().Where(a => a.AttributeRouteInfo?.Template is not null).ToList();

        var checkedParameters = 0;
        foreach (var action in actions)
        {
            var routeValues = RoutePatternFactory.Parse(action.AttributeRouteInfo!.Template!).Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var parameter in action.Parameters.Where(p => routeValues.Contains(p.Name)))
            {
                Assert.True(parameter.BindingInfo?.BindingSource == BindingSource.Path, $"{action.DisplayName}: '{parameter.Name}' can be bound from a form field or the query string");
                checkedParameters++;
            }
        }

        Assert.True(checkedParameters > 30, $"Only {checkedParameters} route parameters found");
    }

    [Fact]
    public async Task SaveStep_FormFieldsNamedIdAndSlug_DoNotChangeWhichApplicationAndStepAreSaved()
    {
        var (journey, id) = await ApplicantJourney.DraftAsync(portal, "route@city.example", "Route City", "AT");
        var step = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/steps/themes");

        var saved = await journey.Client.SubmitAsync(step, "#step-form",
            [Field("PrimaryTheme", "air-quality"), Field("id", (id + 1000).ToString(System.Globalization.CultureInfo.InvariantCulture)), Field("slug", "contacts")], "#save");

        Assert.Equal($"/applicant/applications/{id}/steps/themes", saved.Response.RequestMessage!.RequestUri!.AbsolutePath);
        var sections = await portal.WithDbAsync(db => db.ApplicationSections.Where(s => s.ApplicationId == id).Select(s => s.Step).ToListAsync());
        Assert.Equal([ApplicationStep.Themes], sections);
    }
}
