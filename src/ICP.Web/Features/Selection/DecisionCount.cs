using ICP.Domain.Applications;
using ICP.Domain.Programme;
using ICP.Domain.Selection;
using ICP.Web.Configuration;
using ICP.Web.Features.Calls;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Selection;

/// <summary>How many decisions share a group, outcome, state and application status.</summary>
public sealed record DecisionCount(string Group, DecisionOutcome Outcome, DecisionState State, ApplicationStatus Status, int Count);
