export { Router, useParams, useLocation, useNavigate, useHref, Outlet, useLinkClickHandler, useRoutes, createBrowserHistory } from 'react-router';
