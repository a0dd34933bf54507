using AdobeTarget;
using TargetMiddleware.Sample;

var builder = WebApplication.CreateBuilder(args);
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
    });
}
else
{
    builder.Services.AddAdobeTarget();
}

var app = builder.Build();
app.UseAdobeTarget();
if (useLocalEdge)
{
    app.MapTargetLocalEdge();
}

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
var mode = useLocalEdge ? "the local edge (report at /_edge/report)" : "Adobe's edge";
app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine($"TargetMiddleware sample: open {address} (Target: {mode})"));
app.Run();
