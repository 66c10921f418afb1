using System.Net;
using System.Text.RegularExpressions;
using ICP.Infrastructure.Identity;
using ICP.Testing;
using ICP.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Staff;

/// <summary>
/// Every route of the staff area, found from the app's own endpoints (so a new page cannot slip
/// through), tried by the public, a city officer, a staff member without the second step, an
/// evaluator and a programme manager.
/// </summary>
public sealed partial class AdminAccessTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public async ValueTask InitializeAsync()
    {
        await SelectionSetup.ReadyAsync(_portal, 12, "ZA");
    }

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    private IReadOnlyList<(string Method, string Path, string Controller)> AdminRoutes()
    {
        var id = _portal.WithDbAsync(db => Task.FromResult(db.Applications.OrderBy(a => a.Id).Select(a => a.Id).First())).GetAwaiter().GetResult();
        var sources = _portal.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return [.. sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Action: e.Metadata.GetMetadata<ControllerActionDescriptor>()))
            .Where(e => e.Action is not null && e.Action.RouteValues.TryGetValue("area", out var area) && area == "Admin")
            .SelectMany(e => (e.Endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (method, "/" + Parameter().Replace(e.Endpoint.RoutePattern.RawText!.TrimStart('/'), m => m.Groups[1].Value switch
                {
                    "group" => "ZA",
                    "language" => "es",
                    "kind" => "online-session",
                    "id" or "applicationId" or "authorityId" => id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _ => "1",
                }), e.Action!.ControllerName)))
            .Distinct()];
    }

    [Fact]
    public async Task EveryAdminRoute_IsClosedToThePublicAndToCities()
    {
        var routes = AdminRoutes();
        Assert.True(routes.Count > 25, $"Only {routes.Count} admin routes found");
        var anonymous = _portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var officer = await ApplicantJourney.RegisterAsync(_portal, "officer@graz.example", "Officer of Graz");
        var token = (await HtmlPage.GetAsync(officer.Client, "/applicant")).Element("form input[name='__RequestVerificationToken']").GetAttribute("value")!;

        foreach (var (method, path, _) in routes)
        {
            var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{method} {path} answered the public with {response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.StartsWith("/account/login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
            }

            // HEAD is answered like GET (and, like it, refused to a city).
            var asCity = method is "GET" or "HEAD"
                ? await officer.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path))
                : await officer.Client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([Field("__RequestVerificationToken", token)]));
            Assert.True(asCity.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} answered a city officer with {asCity.StatusCode}");
        }
    }

    [Fact]
    public async Task EveryAdminRoute_NeedsTheRightRole()
    {
        var evaluator = await StaffJourney.SignInAsync(_portal, StaffJourney.EvaluatorEmail(1));
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        foreach (var (method, path, controller) in AdminRoutes().Where(r => r.Method == "GET"))
        {
            var evaluatorPage = await evaluator.Client.GetAsync(new Uri(path, UriKind.Relative));
            var managerPage = await manager.Client.GetAsync(new Uri(path, UriKind.Relative));
            if (controller == "Evaluations")
            {
                Assert.True(evaluatorPage.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: evaluator got {evaluatorPage.StatusCode}");
                Assert.Equal(HttpStatusCode.Forbidden, managerPage.StatusCode);
            }
            else if (controller == "Home")
            {
                Assert.Equal(HttpStatusCode.OK, evaluatorPage.StatusCode);
                Assert.Equal(HttpStatusCode.OK, managerPage.StatusCode);
            }
            else
            {
                Assert.True(evaluatorPage.StatusCode == HttpStatusCode.Forbidden, $"{path}: evaluator got {evaluatorPage.StatusCode}");
                Assert.True(managerPage.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: manager got {managerPage.StatusCode}");
            }
        }

        // The manager's pages all render (a 404 only for documents, outputs and study visits this fixture does not have).
        // An activity's own pages and outputs answer 404 here (the id is an application's; StaffActivitiesTests and ActivityOutputsTests render them).
        var pages = AdminRoutes().Where(r => r.Method == "GET" && r.Controller is not ("Evaluations" or "ActivityOutputs") && !r.Path.Contains("/documents/", StringComparison.Ordinal)
            && !r.Path.StartsWith("/admin/outputs/", StringComparison.Ordinal) && !r.Path.StartsWith("/admin/visits/", StringComparison.Ordinal)
            && (r.Controller != "Activities" || r.Path == "/admin/activities" || r.Path.Contains("/new/", StringComparison.Ordinal)));
        foreach (var (_, path, _) in pages)
        {
            Assert.Equal(HttpStatusCode.OK, (await manager.Client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task StaffWithoutTheSecondStep_AreToldHowToGetIn()
    {
        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            var (user, _) = await scope.ServiceProvider.GetRequiredService<StaffWorkflow>().EnsureStaffAsync("new.manager@ec.example", "New Manager", StaffRoles.ProgrammeManager, emailConfirmed: true);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            Assert.True((await users.AddPasswordAsync(user, ApplicantJourney.StrongPassword)).Succeeded);
        }

        var client = _portal.CreateClient();
        var login = await HtmlPage.GetAsync(client, "/account/login");
        var landed = await client.SubmitAsync(login, "main form", [Field("Form.Email", "new.manager@ec.example"), Field("Form.Password", ApplicantJourney.StrongPassword)]);

        Assert.Equal(HttpStatusCode.Forbidden, landed.StatusCode);
        Assert.Equal("/account/access-denied", landed.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("The staff area opens only to a sign-in that passed the second step", landed.Texts("#two-step-needed").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/admin/applications", UriKind.Relative))).StatusCode);
    }

    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex Parameter();
}
