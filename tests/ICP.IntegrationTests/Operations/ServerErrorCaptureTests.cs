using System.Net;
using ICP.IntegrationTests.Public;
using ICP.Testing;
using Xunit;

namespace ICP.IntegrationTests.Operations;

/// <summary>
/// The harness names every server error: what the portal logs at Error is written to the test's
/// output with its stack, and fails the test that caused it unless the test declared it.
/// </summary>
public sealed class ServerErrorCaptureTests
{
    [Fact]
    public async Task UnexpectedServerError_FailsTheTest_EvenWhenItNeverLookedAtTheStatus()
    {
        await using var portal = new FailingPortalFactory();

        await portal.CreateClient().GetAsync(new Uri("/test/fail", UriKind.Relative), TestContext.Current.CancellationToken);

        // What the after-test hook does for this test, run here so that its verdict can be checked.
        var hook = new FailOnServerErrorsAttribute();
        var failure = Assert.Throws<ServerErrorLoggedException>(() => hook.After(typeof(ServerErrorCaptureTests).GetMethod(nameof(UnexpectedServerError_FailsTheTest_EvenWhenItNeverLookedAtTheStatus))!, (Xunit.v3.IXunitTest)TestContext.Current.Test!));
        Assert.Contains("InvalidOperationException: Secret detail on /test/fail", failure.Message, StringComparison.Ordinal);
        Assert.Contains("at ICP.IntegrationTests.Public.FailingController.Fail()", failure.Message, StringComparison.Ordinal);
        Assert.Contains(portal.ServerErrors.All, e => e.Message.Contains("responded 500", StringComparison.Ordinal) && e.RequestPath == "/test/fail");
    }

    [Fact]
    public async Task ExpectedServerError_IsRecorded_ButDoesNotFailTheTest()
    {
        await using var portal = new FailingPortalFactory();
        portal.ServerErrors.Expect("this test provokes the failure on purpose", e => e.Exception is InvalidOperationException);

        var response = await portal.CreateClient().GetAsync(new Uri("/test/fail", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        new FailOnServerErrorsAttribute().After(typeof(ServerErrorCaptureTests).GetMethod(nameof(ExpectedServerError_IsRecorded_ButDoesNotFailTheTest))!, (Xunit.v3.IXunitTest)TestContext.Current.Test!);
        Assert.NotEmpty(portal.ServerErrors.All);
    }

    [Fact]
    public async Task ErrorLoggedBeforeDisposal_FailsTheDisposal()
    {
        var portal = new FailingPortalFactory();
        await portal.CreateClient().GetAsync(new Uri("/test/fail", UriKind.Relative), TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<ServerErrorLoggedException>(async () => await portal.DisposeAsync());
    }
}
