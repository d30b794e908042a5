// description: a function as CloudFront users write it: no semicolons, templates, arrows, regexes, const, async/await
// expect cloudfront-js-1.0: error 4:1 `import` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect cloudfront-js-2.0: ok
import cf from 'cloudfront'

const kvs = cf.kvs()

async function handler(event) {
  const request = event.request
  const parts = request.uri.split('/').filter(p => p.length > 0)
  if (/\.(png|jpe?g)$/i.test(request.uri)) {
    request.headers['cache-control'] = { value: `max-age=${60 * 60}` }
  }
  try {
    const target = await kvs.get(parts[0] || 'home')
    request.uri = `/${target}`
  } catch (err) {
    console.log(`no mapping for ${request.uri}`)
  }
  return request
}
