export { Router, useParams, useLocation, useNavigate, useHref, Outlet, useLinkClickHandler, useRoutes } from 'react-router';
