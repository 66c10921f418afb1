using ICP.Web.Commands;
using ICP.Web.Configuration;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPortalOptions();
builder.AddPortalLogging();
builder.Services.AddPortalClock(builder.Configuration, builder.Environment);
builder.Services.AddPortalDatabase(builder.Configuration, builder.Environment);
builder.Services.AddPortalIdentity(builder.Configuration);
builder.Services.AddPortalDataProtection(builder.Configuration, builder.Environment);
builder.Services.AddPortalEmail(builder.Configuration, builder.Environment);
builder.Services.AddPortalStorage(builder.Configuration, builder.Environment);
builder.Services.AddPortalLocalisation();
builder.Services.AddPortalMvc();
builder.Services.AddPortalSecurity(builder.Configuration);
builder.Services.AddPortalRedis(builder.Configuration);
builder.Services.AddPortalOutputCache(builder.Configuration);
builder.Services.AddPortalRateLimiting(builder.Configuration);
builder.Services.AddPortalHealthChecks();
builder.Services.AddPortalFeatures();

var app = builder.Build();

await app.Services.InitialisePortalDatabaseAsync();
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app.Services, args, Console.Out);
}

app.UsePortalPipeline();
await app.RunAsync();
return 0;
