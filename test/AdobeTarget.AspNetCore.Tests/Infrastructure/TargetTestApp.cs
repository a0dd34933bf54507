using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Net.Http.Headers;

namespace AdobeTarget.AspNetCore.Tests.Infrastructure;

/// <summary>
/// An ASP.NET Core app on <see cref="TestServer"/> with <c>AddAdobeTarget()</c> and <c>UseAdobeTarget()</c>, its
/// Delivery API calls answered by a <see cref="StubEdge"/> on loopback. Endpoints: see <see cref="TestEndpoints"/>.
/// </summary>
public sealed class TargetTestApp : IAsyncDisposable
{
    private TargetTestApp(WebApplication app, StubEdge edge, FakeTimeProvider time)
    {
        App = app;
        Edge = edge;
        Time = time;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public StubEdge Edge { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Client { get; }

    public TestServer Server => App.GetTestServer();

    public FakeLogCollector Logs => App.Services.GetFakeLogCollector();

    public static async Task<TargetTestApp> StartAsync(Action<AdobeTargetOptions>? configure = null, Action<WebApplication>? beforeTarget = null, Action<IServiceCollection>? services = null)
    {
        var edge = await StubEdge.StartAsync();
        var time = new FakeTimeProvider(ClientHarness.Start);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(TargetTestApp).Assembly.GetName().Name,
            EnvironmentName = "Testing",
        });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddFakeLogging();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddControllers();
        builder.Services.AddRazorPages();
        services?.Invoke(builder.Services);
        builder.Services.AddAdobeTarget(options =>
        {
            options.ClientCode = ClientHarness.ClientCode;
            options.OrganizationId = ClientHarness.OrganizationId;
            options.Secure = false;
            options.Notifications.BatchWindow = TimeSpan.Zero; // time is fake here: a window would wait for the test to advance it
            configure?.Invoke(options);
        }).DeliveryHttpClient.ConfigurePrimaryHttpMessageHandler(() =>
        {
            var handler = LoopbackHandler.To(edge.Port);
            handler.MaxConnectionsPerServer = 64;
            return handler;
        });

        var app = builder.Build();
        beforeTarget?.Invoke(app);
        app.UseAdobeTarget();
        TestEndpoints.Map(app);
        app.MapControllers();
        app.MapRazorPages();
        await app.StartAsync();
        return new TargetTestApp(app, edge, time);
    }

    /// <summary>Sends a GET with the given cookies and returns the response with its Set-Cookie headers parsed.</summary>
    public async Task<AppResponse> GetAsync(string path, params (string Name, string Value)[] cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookies.Length > 0)
        {
            request.Headers.Add(HeaderNames.Cookie, string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")));
        }

        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var setCookies = response.Headers.TryGetValues(HeaderNames.SetCookie, out var values)
            ? SetCookieHeaderValue.ParseList([.. values])
            : [];
        return new AppResponse((int)response.StatusCode, body, setCookies);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Edge.DisposeAsync();
    }
}

/// <summary>An app response: status, body and parsed Set-Cookie headers.</summary>
public sealed record AppResponse(int Status, string Body, IList<SetCookieHeaderValue> SetCookies)
{
    public SetCookieHeaderValue? Cookie(string name) => SetCookies.SingleOrDefault(c => c.Name.Value == name);

    /// <summary>The cookie's value as a browser would send it back.</summary>
    public string? CookieValue(string name) => Cookie(name)?.Value.Value;

    public VisitorView Visitor => System.Text.Json.JsonSerializer.Deserialize<VisitorView>(Body, JsonOptions)!;

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web);
}

/// <summary>What the test endpoints return: the visitor's state as the page saw it.</summary>
public sealed record VisitorView(string? SessionId, string? TntId, string? LocationHint, string? MarketingCloudVisitorId, string[]? Content);
