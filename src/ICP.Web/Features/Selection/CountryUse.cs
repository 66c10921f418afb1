using ICP.Domain.Evaluation;
using ICP.Domain.Programme;
using ICP.Domain.Selection;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using ICP.Web.Features.Calls;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Selection;

public sealed record CountryUse(string Country, int Selected);
