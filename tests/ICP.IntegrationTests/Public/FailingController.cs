using System.Net;
using ICP.Testing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ICP.IntegrationTests.Public;

public sealed class FailingController : Controller
{
    [HttpGet("/test/fail")]
    public IActionResult Fail() => throw new InvalidOperationException($"Secret detail on {Request.Path}: connection string Password=hunter2");
}
