using ICP.Domain.Activities;
using ICP.Domain.Applications;
using ICP.Domain.Authorities;
using ICP.Domain.Common;
using ICP.Domain.Evaluation;
using ICP.Domain.Programme;
using ICP.Infrastructure.Files;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Calls;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Demo;

/// <summary>What seed-demo made, and how to sign in to it.</summary>
public sealed record DemoResult(int Applications, int Evaluations, IReadOnlyList<(string Email, string Role)> Accounts);
