using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AdobeTarget.Benchmarks;

/// <summary>
/// A request that makes no Target call, through the same pipeline with and without <c>UseAdobeTarget()</c>.
/// Goal: no measurable loss (≤ 2%) and no extra allocation.
/// </summary>
[MemoryDiagnoser]
public class MiddlewareBenchmarks
{
    private IHost _host = null!;
    private RequestDelegate _without = null!;
    private RequestDelegate _with = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = BenchmarkHost.Build(port: 1);
        _without = Pipeline(_host.Services, useTarget: false);
        _with = Pipeline(_host.Services, useTarget: true);
    }

    [Benchmark(Baseline = true, Description = "pipeline without UseAdobeTarget()")]
    public Task Without() => _without(NewContext());

    [Benchmark(Description = "pipeline with UseAdobeTarget(), no Target call")]
    public Task With() => _with(NewContext());

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    private static DefaultHttpContext NewContext()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = "mbox=session%23abc%2399999999999; other=1";
        return context;
    }

    private static RequestDelegate Pipeline(IServiceProvider services, bool useTarget)
    {
        var app = new ApplicationBuilder(services);
        if (useTarget)
        {
            app.UseAdobeTarget();
        }

        app.Run(context =>
        {
            context.Response.StatusCode = 200;
            return Task.CompletedTask;
        });
        return app.Build();
    }
}
