using AdobeTarget;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Connections;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TargetMiddleware.Sample;

var builder = WebApplication.CreateBuilder(args);

// --urls, ASPNETCORE_URLS (or ASPNETCORE_HTTP_PORTS, Kestrel:Endpoints) choose the address; 5080 only when none does.
SampleAddress.UseDefaultWhenNoneConfigured(builder);

// Until the server listens, a start failure is reported once (a busy port: one line below), not also by the host's log.
var started = false;
builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", level => level >= LogLevel.Information && (Volatile.Read(ref started) || level < LogLevel.Error));
builder.Services.AddControllersWithViews();

// No ClientCode configured: serve Target's Delivery API from this very app (the local edge) and call it over HTTP.
var useLocalEdge = string.IsNullOrWhiteSpace(builder.Configuration["AdobeTarget:ClientCode"]);
if (useLocalEdge)
{
    builder.Services.AddTargetLocalEdge(edge => edge.ActivitiesPath = Path.Combine(AppContext.BaseDirectory, "activities.json"));
    builder.Services.AddAdobeTarget(target =>
    {
        target.ClientCode = "local";
        target.OrganizationId = "LOCALEDGE0000000000000000@AdobeOrg";
        target.ServerDomain = SampleAddress.LoopbackAuthority(builder.Configuration);
        target.Secure = false;

        // On-device and hybrid decisioning (AdobeTarget__DecisioningMethod=OnDevice or Hybrid): the rules artifact and geo
        // lookups come from the same local edge, at the paths Adobe's CDN uses. Configured values win.
        if (target.DecisioningMethod != TargetDecisioningMethod.ServerSide)
        {
            target.OnDevice.ArtifactLocation ??= new Uri($"http://{target.ServerDomain}/local/production/v1/rules.json");
            target.OnDevice.GeoLocation ??= new Uri($"http://{target.ServerDomain}/v1/geo");
        }
    });
}
else
{
    builder.Services.AddAdobeTarget();
}

// /health: the edge and the artifact (Degraded when on-device decisions have no fresh artifact); /health/ready: 200 once
// on-device decisions can be made (at once for server-side decisioning), for a load balancer's readiness probe.
builder.Services.AddHealthChecks().AddAdobeTarget().AddAdobeTargetArtifactReady();

// Telemetry:Console=true (e.g. Telemetry__Console=true) prints the integration's spans and metrics; off by default.
// The request's own span ("Microsoft.AspNetCore") is sampled too: under an unsampled request span ours would be dropped.
if (builder.Configuration.GetValue<bool>("Telemetry:Console"))
{
    builder.Services.AddOpenTelemetry()
        .WithTracing(tracing => tracing.AddSource("Microsoft.AspNetCore", AdobeTargetDiagnostics.ActivitySourceName).AddConsoleExporter())
        .WithMetrics(metrics => metrics.AddMeter(AdobeTargetDiagnostics.MeterName).AddConsoleExporter());
}

var app = builder.Build();
app.UseAdobeTarget();
if (useLocalEdge)
{
    app.MapTargetLocalEdge();
}

app.MapHealthChecks("/health");
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");

// Target as a feature flag: the product1 mbox's JSON offer, read as typed attributes.
app.MapGet("/api/features", async (ITargetClient target, CancellationToken cancellationToken) =>
{
    try
    {
        var attributes = await target.GetAttributesAsync(["product1"], new TargetDeliveryOptions { Request = new() }, cancellationToken);
        return Results.Json(new
        {
            newCheckout = attributes.TryGetValue<bool>("product1", "newCheckout", out var on) && on,
            badge = attributes.TryGetValue<string>("product1", "badge", out var badge) ? badge : null,
            source = "target",
        });
    }
    catch (TargetException)
    {
        return Results.Json(new { newCheckout = false, badge = (string?)null, source = "default" });
    }
});

var address = SampleAddress.First(builder.Configuration);
var decisioning = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AdobeTargetOptions>>().Value.DecisioningMethod;
var mode = (useLocalEdge ? "the local edge (report at /_edge/report)" : "Adobe's edge") + $", decisioning {decisioning}";
app.Lifetime.ApplicationStarted.Register(() =>
{
    Volatile.Write(ref started, true);
    Console.WriteLine($"TargetMiddleware sample: open {address} (Target: {mode})");
});
try
{
    await app.RunAsync();
}
catch (IOException e) when (e.InnerException is AddressInUseException)
{
    // One line that says what to do, instead of the host's stack trace.
    await Console.Error.WriteLineAsync(SampleAddress.BusyPortMessage(e, builder.Configuration));
    return 1;
}

return 0;
