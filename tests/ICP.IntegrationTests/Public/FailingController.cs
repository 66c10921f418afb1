using Microsoft.AspNetCore.Mvc;

namespace ICP.IntegrationTests.Public;

public sealed class FailingController : Controller
{
    [HttpGet("/test/fail")]
    public IActionResult Fail() => throw new InvalidOperationException($"Secret detail on {Request.Path}: connection string Password=hunter2");
}
